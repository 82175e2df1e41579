package org.ganlab.core.optim;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Linear learning-rate decay to zero, the CycleGAN schedule (Zhu et al. 2017: a constant rate, then
 * linearly down to zero): update t (counting from 0) uses {@code lr * factor(t)} with factor 1 for
 * t &lt; {@code start}, {@code (end - t) / (end - start)} for t in [start, end) and 0 after. GANs
 * trained at a high constant rate tend to circle their equilibrium; annealing the rate lets them
 * settle on it.
 *
 * @param start first update of the decay
 * @param end the update at which the rate reaches zero, {@code > start}
 */
public record LinearDecay(long start, long end) {

  /**
   * Validates the bounds.
   *
   * @param start first update of the decay
   * @param end the update at which the rate reaches zero, {@code > start}
   */
  public LinearDecay {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "LinearDecay needs 0 <= start < end, got start " + start + ", end " + end);
    }
    // Update counts are float32 in the graph: exact up to 2^24.
    if (end > (1L << 24)) {
      throw new IllegalArgumentException("LinearDecay end " + end + " exceeds 2^24 updates");
    }
  }

  /**
   * {@return the decay over the last {@code fraction} of {@code updates} updates; null for fraction
   * 0 (no decay), so a configuration key can switch it off}
   *
   * @param fraction the share of updates over which the rate decays, in [0, 1]
   * @param updates the total number of updates of the optimizer
   */
  public static LinearDecay overLast(double fraction, long updates) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("decay fraction must be in [0, 1], got " + fraction);
    }
    long length = Math.round(fraction * updates);
    return length == 0 ? null : new LinearDecay(updates - length, updates);
  }

  /**
   * {@return the factor of update {@code t}, in double precision (the graph computes it in
   * float32)}
   *
   * @param t the update index, from 0
   */
  public double factor(long t) {
    return Math.min(1, Math.max(0, (double) (end - t) / (end - start)));
  }

  /** The factor of update {@code t} as a graph op. */
  Operand<TFloat32> factor(Ops tf, Operand<TFloat32> t) {
    Operand<TFloat32> f =
        tf.math.div(tf.math.sub(tf.constant((float) end), t), tf.constant((float) (end - start)));
    return tf.clipByValue(f, tf.constant(0f), tf.constant(1f));
  }

  @Override
  public String toString() {
    return "linear-decay(" + start + ".." + end + ")";
  }
}
