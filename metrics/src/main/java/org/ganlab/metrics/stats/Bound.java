package org.ganlab.metrics.stats;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One inequality on a metric's mean (over seeds, say): {@code metric >= value} or {@code metric <=
 * value}, where the value may be a fraction of a baseline's mean of the same metric (a benchmark
 * table's quality targets are made of these, with other rows of the table as baselines).
 *
 * @param metric the metric's name (an eval.csv column)
 * @param atLeast true for {@code >=}, false for {@code <=}
 * @param value the threshold, or the fraction of the reference's mean
 * @param reference label of the baseline the value is relative to, if any
 */
public record Bound(String metric, boolean atLeast, double value, Optional<String> reference) {

  /**
   * {@return {@code metric >= value}}
   *
   * @param metric the metric's name
   * @param value the lower bound
   */
  public static Bound atLeast(String metric, double value) {
    return new Bound(metric, true, value, Optional.empty());
  }

  /**
   * {@return {@code metric <= value}}
   *
   * @param metric the metric's name
   * @param value the upper bound
   */
  public static Bound atMost(String metric, double value) {
    return new Bound(metric, false, value, Optional.empty());
  }

  /**
   * {@return {@code metric <= fraction * (the mean of metric in the baseline labelled reference)}}
   *
   * @param metric the metric's name
   * @param fraction the multiple of the baseline's mean the metric must not exceed
   * @param reference the label of the baseline
   */
  public static Bound atMostFractionOf(String metric, double fraction, String reference) {
    return new Bound(metric, false, fraction, Optional.of(reference));
  }

  /**
   * {@return the threshold, given the baselines' means (label to metric to mean); NaN if the
   * reference has no value}
   *
   * @param referenceMeans the baselines' means, label to metric to mean
   */
  public double threshold(Map<String, Map<String, Double>> referenceMeans) {
    if (reference.isEmpty()) {
      return value;
    }
    Double r = referenceMeans.getOrDefault(reference.get(), Map.of()).get(metric);
    return r == null ? Double.NaN : value * r;
  }

  /**
   * {@return whether {@code mean} satisfies the bound (never for NaN), given the baselines' means}
   *
   * @param mean the metric's mean over seeds
   * @param referenceMeans the baselines' means, label to metric to mean
   */
  public boolean holds(double mean, Map<String, Map<String, Double>> referenceMeans) {
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
