package org.ganlab.core.image;

import java.util.Locale;

/**
 * The range of one plot axis, linear or logarithmic, with 5 % of room on each side of the data.
 *
 * @param low the value at the axis's start
 * @param high the value at its end
 * @param log whether positions are proportional to log10 of the value
 */
public record PlotAxis(double low, double high, boolean log) {
  /**
   * {@return an axis covering every finite value (values of at most 0 are ignored on a log axis)}
   *
   * @param values the values to show
   * @param log a log axis
   */
  public static PlotAxis covering(double[] values, boolean log) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (Double.isFinite(v) && (!log || v > 0)) {
        double t = log ? Math.log10(v) : v;
        min = Math.min(min, t);
        max = Math.max(max, t);
      }
    }
    if (min > max) {
      min = 0;
      max = 1;
    } else if (min == max) {
      // One distinct value: centre it in a unit range (half a decade either side on a log axis).
      double half = log ? 0.5 : Math.max(Math.abs(min) * 0.1, 0.5);
      min -= half;
      max += half;
    } else {
      double pad = 0.05 * (max - min);
      min -= pad;
      max += pad;
    }
    return log
        ? new PlotAxis(Math.pow(10, min), Math.pow(10, max), true)
        : new PlotAxis(min, max, false);
  }

  /**
   * {@return where {@code v} falls, 0 at {@code low} and 1 at {@code high}}
   *
   * @param v a value on the axis
   */
  public double position(double v) {
    return log
        ? (Math.log10(v) - Math.log10(low)) / (Math.log10(high) - Math.log10(low))
        : (v - low) / (high - low);
  }

  /**
   * {@return the tick values: each power of ten inside a log axis, 5 even steps of a linear one}
   */
  public double[] ticks() {
    if (log) {
      int a = (int) Math.ceil(Math.log10(low) - 1e-9);
      int b = (int) Math.floor(Math.log10(high) + 1e-9);
      double[] t = new double[Math.max(0, b - a + 1)];
      for (int i = 0; i < t.length; i++) {
        t[i] = Math.pow(10, a + i);
      }
      return t;
    }
    double[] t = new double[5];
    for (int i = 0; i < 5; i++) {
      t[i] = low + (high - low) * (i + 0.5) / 5;
    }
    return t;
  }

  /**
   * {@return how a caption states the axis, e.g. "1e-04 to 1e-02, log scale, a tick per decade"}
   */
  public String describe() {
    return log
        ? String.format(
            Locale.ROOT, "%.3g to %.3g, log scale, a tick at each power of ten", low, high)
        : String.format(
            Locale.ROOT, "%.4g to %.4g, linear, ticks at 10 %%, 30 %%, ..., 90 %%", low, high);
  }
}
