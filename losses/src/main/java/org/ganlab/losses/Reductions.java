package org.ganlab.losses;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TNumber;

/** Reductions shared by the losses. */
final class Reductions {
  private Reductions() {}

  /** Mean over every element (a scalar). */
  static <T extends TNumber> Operand<T> mean(Ops tf, Operand<T> x) {
    int rank = x.shape().numDimensions();
    int[] axes = new int[rank];
    for (int i = 0; i < rank; i++) {
      axes[i] = i;
    }
    return tf.math.mean(x, tf.constant(axes));
  }
}
