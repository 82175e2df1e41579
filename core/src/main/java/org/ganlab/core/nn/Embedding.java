package org.ganlab.core.nn;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TFloating;

/**
 * A learned vector per class id: [b] int labels -> [b, dim]. Computed as one_hot(labels) times the
 * table, which has a gradient for every use (including second-order ones in R1 and gradient
 * penalties through a projection discriminator) and costs nothing at GAN-sized class counts.
 *
 * @param <T> the compute dtype
 */
public final class Embedding<T extends TFloating> {
  private final Ops tf;
  private final Variable<T> table;
  private final int numClasses;

  /**
   * A [numClasses, dim] table initialized by {@code init}.
   *
   * @param net the network that owns the table
   * @param name the layer's scope name within the network
   * @param numClasses the number of rows, one per class
   * @param dim the length of each row
   * @param init initializer of the table
   */
  public Embedding(Network<T> net, String name, int numClasses, long dim, Initializer init) {
    this.tf = net.ops().withSubScope(name);
    this.table = net.variable(tf, "table", Shape.of(numClasses, dim), init, true);
    this.numClasses = numClasses;
  }

  /**
   * Looks up the rows of {@code labels}.
   *
   * @param labels the class of each example, [b]
   * @return the rows of the labels, [b, dim]
   */
  public Operand<T> apply(Operand<TInt32> labels) {
    Operand<T> oneHot =
        tf.oneHot(
            labels,
            tf.constant(numClasses),
            tf.dtypes.cast(tf.constant(1), table.type()),
            tf.dtypes.cast(tf.constant(0), table.type()));
    return tf.linalg.matMul(oneHot, table);
  }

  /** {@return the [numClasses, dim] table} */
  public Variable<T> table() {
    return table;
  }
}
