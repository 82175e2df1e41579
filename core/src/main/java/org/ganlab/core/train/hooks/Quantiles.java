package org.ganlab.core.train.hooks;

import java.util.Arrays;

/**
 * Sample quantiles with linear interpolation between order statistics (NumPy's default {@code
 * percentile}, Hyndman and Fan's type 7): the {@code q}-quantile of sorted values {@code x[0..n-1]}
 * is {@code x[f] + (h - f) (x[f+1] - x[f])} with {@code h = q (n - 1)}, {@code f = floor(h)}.
 * Stateless and thread-safe.
 */
public final class Quantiles {
  private Quantiles() {}

  /**
   * {@return the {@code qs} quantiles of {@code values} (not modified)}
   *
   * @param values the values, at least one
   * @param qs probabilities in [0, 1]
   * @throws IllegalArgumentException if {@code values} is empty or a probability is outside [0, 1]
   */
  public static double[] of(double[] values, double... qs) {
    if (values.length == 0) {
      throw new IllegalArgumentException("quantiles of no values");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double[] out = new double[qs.length];
    for (int k = 0; k < qs.length; k++) {
      double q = qs[k];
      if (!(q >= 0 && q <= 1)) {
        throw new IllegalArgumentException("quantile probability must be in [0, 1], got " + q);
      }
      double h = q * (sorted.length - 1);
      int f = (int) Math.floor(h);
      out[k] =
          f + 1 < sorted.length ? sorted[f] + (h - f) * (sorted[f + 1] - sorted[f]) : sorted[f];
    }
    return out;
  }

  /**
   * {@return {@link #of(double[], double...)} of float values}
   *
   * @param values the values, at least one
   * @param qs probabilities in [0, 1]
   */
  public static double[] of(float[] values, double... qs) {
    double[] d = new double[values.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = values[i];
    }
    return of(d, qs);
  }
}
