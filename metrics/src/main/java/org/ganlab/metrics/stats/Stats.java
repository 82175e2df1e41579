package org.ganlab.metrics.stats;

import java.util.List;
import java.util.Locale;

/**
 * Mean and sample standard deviation (n - 1) of one metric over seeds.
 *
 * @param mean NaN when there are no values
 * @param std 0 for a single value, NaN for none
 * @param n how many values
 */
public record Stats(double mean, double std, int n) {
  /**
   * {@return the statistics of {@code values}}
   *
   * @param values the values, one per seed
   */
  public static Stats of(List<Double> values) {
    int n = values.size();
    if (n == 0) {
      return new Stats(Double.NaN, Double.NaN, 0);
    }
    double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    return new Stats(mean, n > 1 ? Math.sqrt(ss / (n - 1)) : 0, n);
  }

  /**
   * {@return "mean ± std" with {@code digits} significant digits, the std only over several seeds}
   *
   * @param digits the number of significant digits, at least 1
   */
  public String format(int digits) {
    if (n == 0) {
      return "–";
    }
    String m = number(mean, digits);
    return n > 1 ? m + " ± " + number(std, 2) : m;
  }

  private static String number(double v, int digits) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.toString(v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e6) {
      return Long.toString((long) v);
    }
    double a = Math.abs(v);
    if (a >= 1e-3 && a < 1e6) {
      int decimals = Math.max(0, digits - 1 - (int) Math.floor(Math.log10(a)));
      return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
    return String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
  }
}
