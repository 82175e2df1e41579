package org.ganlab.losses;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TNumber;
import org.tensorflow.types.family.TType;

/** Reductions and constants shared by the losses. */
final class Reductions {
  private Reductions() {}

  /** Mean over every element (a scalar). */
  static <T extends TNumber> Operand<T> mean(Ops tf, Operand<T> x) {
    return tf.math.mean(x, tf.constant(axes(0, x.shape().numDimensions())));
  }

  /** Sum over every element (a scalar). */
  static <T extends TNumber> Operand<T> sum(Ops tf, Operand<T> x) {
    return tf.sum(x, tf.constant(axes(0, x.shape().numDimensions())));
  }

  /** Sum over every axis but the first: [b, ...] -> [b]. */
  static <T extends TNumber> Operand<T> sumPerExample(Ops tf, Operand<T> x) {
    int rank = x.shape().numDimensions();
    if (rank < 1) {
      throw new IllegalArgumentException("expected a batch [b, ...], got a scalar");
    }
    return tf.sum(x, tf.constant(axes(1, rank)));
  }

  /** A scalar constant of {@code like}'s dtype. */
  static <T extends TType> Operand<T> scalar(Ops tf, double value, Operand<T> like) {
    return tf.dtypes.cast(tf.constant(value), like.type());
  }

  private static int[] axes(int from, int rank) {
    int[] axes = new int[Math.max(rank - from, 0)];
    for (int i = from; i < rank; i++) {
      axes[i - from] = i;
    }
    return axes;
  }
}
