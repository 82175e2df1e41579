package org.ganlab.core.nn;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TFloating;

/**
 * Reshapes each example, keeping the (possibly dynamic) batch dimension: [b, ...] -> [b, dims].
 *
 * @param <T> the compute dtype
 */
public final class Reshape<T extends TFloating> implements Layer<T> {
  private final Ops tf;
  private final long[] target;

  /**
   * Reshape every example to {@code dims}.
   *
   * @param tf the ops the layer is built with
   * @param dims the shape of one example after the reshape
   */
  public Reshape(Ops tf, long... dims) {
    this.tf = tf;
    this.target = new long[dims.length + 1];
    target[0] = -1;
    System.arraycopy(dims, 0, target, 1, dims.length);
  }

  /**
   * {@return [b, d1, d2, ...] -> [b, d1 * d2 * ...]; the input's non-batch dimensions must be
   * static}
   *
   * @param <T> the float type of the layer's input and output
   * @param tf the ops the layer is built with
   */
  public static <T extends TFloating> Layer<T> flatten(Ops tf) {
    return (x, mode) -> {
      long n = 1;
      for (int i = 1; i < x.shape().numDimensions(); i++) {
        n *= x.shape().size(i);
      }
      return tf.reshape(x, tf.constant(new long[] {-1, n}));
    };
  }

  @Override
  public Operand<T> apply(Operand<T> x, Mode mode) {
    return tf.reshape(x, tf.constant(target));
  }
}
