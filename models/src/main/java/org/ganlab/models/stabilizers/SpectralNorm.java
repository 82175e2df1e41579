package org.ganlab.models.stabilizers;

import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.linalg.MatMul;
import org.tensorflow.types.family.TFloating;

/**
 * Spectral normalization of one weight (Miyato, Kataoka, Koyama and Yoshida 2018, "Spectral
 * Normalization for Generative Adversarial Networks", algorithm 1): W_SN = W / sigma(W), where
 * sigma(W), the largest singular value, is estimated by power iteration with a persistent vector u.
 *
 * <p>The weight is read as the matrix K = reshape(W, [-1, last dim]): a dense kernel [in, out] as
 * it is, a conv kernel [k, k, in, out] as [k*k*in, out], the paper's reshape of a convolution
 * (section 3.2, up to a transpose, which leaves singular values unchanged). Each iteration is v = K
 * u / |K u|, u = K^T v / |K^T v|, and sigma = v^T K u. As in the paper, u and v are constants for
 * the gradient, so d sigma / dK = v u^T.
 *
 * <p>u is a non-trainable variable of the network, "&lt;layer&gt;/u", initialized from N(0, 1) by
 * the run's seed tree: checkpoints save it and a resumed run continues from the same u. The power
 * iteration is built once per layer, so every application of the layer in a step (real data,
 * generated data, gradient penalty) sees the same sigma; u moves to the iterate only when the layer
 * is applied in {@link Mode#TRAINING}, through the network's statistic updates that run with its
 * optimizer step (inference reads u without changing it, as TF-GAN's spectral norm does).
 *
 * @param <T> the compute dtype
 */
public final class SpectralNorm<T extends TFloating> {
  /** One power iteration per training step, the paper's choice (u carries over between steps). */
  public static final int DEFAULT_ITERATIONS = 1;

  /** Added to norms before dividing, as in the authors' code, so a zero vector stays finite. */
  private static final double EPS = 1e-12;

  private final Network<T> net;
  private final Variable<T> u;
  private final Operand<T> sigma;
  private final Operand<T> normalized;
  private final Op update;
  private boolean updateRegistered;

  /**
   * Normalizes {@code weight}, a variable of {@code net} created under {@code layerOps}' scope.
   *
   * @param net the network that owns {@code weight}; the vector u and its update are registered on
   *     it
   * @param layerOps the ops of the layer's scope, under which u is created
   * @param weight the unnormalized weight W, a variable of {@code net}
   * @param iterations power iterations per step, at least 1
   */
  public SpectralNorm(Network<T> net, Ops layerOps, Variable<T> weight, int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
    }
    Shape shape = weight.shape();
    long cols = shape.size(shape.numDimensions() - 1);
    this.net = net;
    this.u = net.variable(layerOps, "u", Shape.of(cols), Initializer.normal(1), false);
    Ops tf = layerOps.withSubScope("spectral_norm");
    Operand<T> k = tf.reshape(weight, tf.constant(new long[] {-1, cols}));
    Operand<T> uCol = tf.reshape(u, tf.constant(new long[] {cols, 1}));
    Operand<T> vCol = null;
    for (int i = 0; i < iterations; i++) {
      vCol = l2Normalize(tf, tf.linalg.matMul(k, uCol));
      uCol = l2Normalize(tf, tf.linalg.matMul(k, vCol, MatMul.transposeA(true)));
    }
    uCol = tf.stopGradient(uCol);
    vCol = tf.stopGradient(vCol);
    Operand<T> kv = tf.linalg.matMul(vCol, tf.linalg.matMul(k, uCol), MatMul.transposeA(true));
    this.sigma = tf.withName("sigma").reshape(kv, tf.constant(new long[0]));
    this.normalized = tf.withName("normalized").math.div(weight, sigma);
    this.update =
        tf.withName("update_u").assign(u, tf.reshape(uCol, tf.constant(new long[] {cols})));
  }

  private static <T extends TFloating> Operand<T> l2Normalize(Ops tf, Operand<T> x) {
    Operand<T> norm = tf.math.sqrt(tf.sum(tf.math.square(x), tf.constant(new int[] {0, 1})));
    return tf.math.div(x, tf.math.add(norm, tf.dtypes.cast(tf.constant(EPS), x.type())));
  }

  /**
   * {@return the normalized weight W / sigma for one application of the layer; in {@link
   * Mode#TRAINING} also registers the update of u on the network (once, however often the layer is
   * applied)}
   *
   * @param mode whether u is updated this step ({@link Mode#TRAINING}) or not
   */
  public Operand<T> weight(Mode mode) {
    if (mode == Mode.TRAINING && !updateRegistered) {
      net.addStatisticUpdate(update);
      updateRegistered = true;
    }
    return normalized;
  }

  /**
   * {@return the estimate of the largest singular value, sigma = v^T K u (a scalar), for
   * diagnostics}
   */
  public Operand<T> sigma() {
    return sigma;
  }

  /** {@return the persistent power-iteration vector u (non-trainable, checkpointed)} */
  public Variable<T> u() {
    return u;
  }
}
