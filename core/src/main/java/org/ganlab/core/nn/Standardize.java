package org.ganlab.core.nn;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.math.Mean;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TFloating;

/** Shared arithmetic of the normalization layers: standardize over some axes, scale and shift. */
final class Standardize {
  private Standardize() {}

  /** (x - mean) / sqrt(var + eps) * gamma + beta, with biased variance over {@code axes}. */
  static <T extends TFloating> Operand<T> normalize(
      Ops tf, Operand<T> x, int[] axes, double eps, Variable<T> gamma, Variable<T> beta) {
    Moments<T> m = moments(tf, x, axes);
    return affine(tf, x, m.mean(), m.variance(), eps, gamma, beta);
  }

  static <T extends TFloating> Moments<T> moments(Ops tf, Operand<T> x, int[] axes) {
    Operand<TInt32> ax = tf.constant(axes);
    Operand<T> mean = tf.math.mean(x, ax, Mean.keepDims(true));
    Operand<T> var = tf.math.mean(tf.math.squaredDifference(x, mean), ax, Mean.keepDims(true));
    return new Moments<>(mean, var);
  }

  /** (x - mean) / sqrt(var + eps) * gamma + beta; a null gamma or beta is left out. */
  static <T extends TFloating> Operand<T> affine(
      Ops tf,
      Operand<T> x,
      Operand<T> mean,
      Operand<T> var,
      double eps,
      Variable<T> gamma,
      Variable<T> beta) {
    Operand<T> inv = tf.math.rsqrt(tf.math.add(var, tf.dtypes.cast(tf.constant(eps), x.type())));
    Operand<T> scale = gamma == null ? inv : tf.math.mul(inv, gamma);
    Operand<T> scaled = tf.math.mul(tf.math.sub(x, mean), scale);
    return beta == null ? scaled : tf.math.add(scaled, beta);
  }

  static int[] allButBatch(int rank) {
    int[] axes = new int[rank - 1];
    for (int i = 1; i < rank; i++) {
      axes[i - 1] = i;
    }
    return axes;
  }

  record Moments<T extends TFloating>(Operand<T> mean, Operand<T> variance) {}
}
