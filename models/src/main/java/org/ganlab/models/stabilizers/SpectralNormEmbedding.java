package org.ganlab.models.stabilizers;

import org.ganlab.core.config.Checks;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TFloating;

/**
 * A learned vector per class whose [numClasses, dim] table is spectrally normalized (Miyato et al.
 * 2018, see {@link SpectralNorm}): the class embedding of the projection discriminator (Miyato and
 * Koyama 2018, "cGANs with Projection Discriminator", whose code wraps it in spectral norm as every
 * other weight of D, so the inner product embed(y) . phi(x) stays Lipschitz-bounded too). Its
 * variables are "table" and "u", so it can replace {@code org.ganlab.core.nn.Embedding} under the
 * same name. The lookup is one_hot(labels) times the table, like {@code Embedding}'s, which has a
 * gradient of every order.
 *
 * @param <T> the compute dtype
 */
public final class SpectralNormEmbedding<T extends TFloating> {
  private final Ops tf;
  private final Variable<T> table;
  private final SpectralNorm<T> norm;
  private final int numClasses;

  /**
   * A [numClasses, dim] table initialized by {@code init}, {@code iterations} per step.
   *
   * @param net the network that owns the table
   * @param name the layer's scope name within the network
   * @param numClasses the number of rows, one per class
   * @param dim the length of each row
   * @param init initializer of the table
   * @param iterations power iterations per training step, at least 1
   */
  public SpectralNormEmbedding(
      Network<T> net, String name, int numClasses, long dim, Initializer init, int iterations) {
    Checks.positive("numClasses", numClasses);
    this.tf = net.ops().withSubScope(name);
    this.table = net.variable(tf, "table", Shape.of(numClasses, dim), init, true);
    this.norm = new SpectralNorm<>(net, tf, table, iterations);
    this.numClasses = numClasses;
  }

  /**
   * {@return the normalized rows of {@code labels}, [b, dim]; {@code mode} as for {@link
   * SpectralNorm}}
   *
   * @param labels the class of each example, [b]
   * @param mode whether u is updated this step ({@link Mode#TRAINING}) or not
   */
  public Operand<T> apply(Operand<TInt32> labels, Mode mode) {
    Operand<T> oneHot =
        tf.oneHot(
            labels,
            tf.constant(numClasses),
            tf.dtypes.cast(tf.constant(1), table.type()),
            tf.dtypes.cast(tf.constant(0), table.type()));
    return tf.linalg.matMul(oneHot, norm.weight(mode));
  }

  /** {@return the unnormalized table (what the optimizer updates)} */
  public Variable<T> table() {
    return table;
  }

  /** {@return the table's spectral normalization (sigma and u)} */
  public SpectralNorm<T> spectralNorm() {
    return norm;
  }
}
