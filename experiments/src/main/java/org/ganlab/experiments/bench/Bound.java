package org.ganlab.experiments.bench;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One inequality of a quality target on a row's mean: {@code metric >= value} or {@code metric <=
 * value}, where the value may be a fraction of another row's mean of the same metric (a baseline).
 *
 * @param metric eval.csv column
 * @param atLeast true for {@code >=}, false for {@code <=}
 * @param value the threshold, or the fraction of the reference row's mean
 * @param reference label of the row the value is relative to, if any
 */
public record Bound(String metric, boolean atLeast, double value, Optional<String> reference) {

  /** {@code metric >= value}. */
  public static Bound atLeast(String metric, double value) {
    return new Bound(metric, true, value, Optional.empty());
  }

  /** {@code metric <= value}. */
  public static Bound atMost(String metric, double value) {
    return new Bound(metric, false, value, Optional.empty());
  }

  /** {@code metric <= fraction * (the mean of metric in the row labelled reference)}. */
  public static Bound atMostFractionOf(String metric, double fraction, String reference) {
    return new Bound(metric, false, fraction, Optional.of(reference));
  }

  /** The threshold, given the rows' means by label; NaN if the reference row has no value. */
  double threshold(Map<String, Map<String, Double>> referenceMeans) {
    if (reference.isEmpty()) {
      return value;
    }
    Double r = referenceMeans.getOrDefault(reference.get(), Map.of()).get(metric);
    return r == null ? Double.NaN : value * r;
  }

  /** Whether {@code mean} satisfies the bound (never for NaN). */
  boolean holds(double mean, Map<String, Map<String, Double>> referenceMeans) {
    double t = threshold(referenceMeans);
    return !Double.isNaN(mean) && !Double.isNaN(t) && (atLeast ? mean >= t : mean <= t);
  }

  @Override
  public String toString() {
    String rhs = reference.isEmpty() ? fmt(value) : fmt(value) + " x (" + reference.get() + ")";
    return metric + (atLeast ? " >= " : " <= ") + rhs;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9
        ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.3g", v);
  }
}
