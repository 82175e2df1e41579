package org.ganlab.metrics.stats;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One inequality on a metric's mean (over seeds, say): {@code metric >= value} or {@code metric <=
 * value}, where the value may be a fraction of a baseline's mean of the same metric, widened by a
 * number of the baseline's standard deviations (a benchmark table's quality targets are made of
 * these, with other rows of the table as baselines).
 *
 * @param metric the metric's name (an eval.csv column)
 * @param atLeast true for {@code >=}, false for {@code <=}
 * @param value the threshold, or the fraction of the reference's mean
 * @param reference label of the baseline the value is relative to, if any
 * @param stds how many of the reference's standard deviations the threshold moves in the row's
 *     favour (0 for none; only with a reference)
 */
public record Bound(
    String metric, boolean atLeast, double value, Optional<String> reference, double stds) {

  /**
   * Refuses a negative {@code stds}, or one without a reference.
   *
   * @param metric the metric's name (an eval.csv column)
   * @param atLeast true for {@code >=}, false for {@code <=}
   * @param value the threshold, or the fraction of the reference's mean
   * @param reference label of the baseline the value is relative to, if any
   * @param stds how many of the reference's standard deviations the threshold moves in the row's
   *     favour
   */
  public Bound {
    if (stds < 0 || (stds > 0 && reference.isEmpty())) {
      throw new IllegalArgumentException(
          "bound on " + metric + ": stds must be >= 0 and needs a reference, got " + stds);
    }
  }

  /**
   * {@return {@code metric >= value}}
   *
   * @param metric the metric's name
   * @param value the lower bound
   */
  public static Bound atLeast(String metric, double value) {
    return new Bound(metric, true, value, Optional.empty(), 0);
  }

  /**
   * {@return {@code metric <= value}}
   *
   * @param metric the metric's name
   * @param value the upper bound
   */
  public static Bound atMost(String metric, double value) {
    return new Bound(metric, false, value, Optional.empty(), 0);
  }

  /**
   * {@return {@code metric <= fraction * (the mean of metric in the baseline labelled reference)}}
   *
   * @param metric the metric's name
   * @param fraction the multiple of the baseline's mean the metric must not exceed
   * @param reference the label of the baseline
   */
  public static Bound atMostFractionOf(String metric, double fraction, String reference) {
    return new Bound(metric, false, fraction, Optional.of(reference), 0);
  }

  /**
   * {@return {@code metric >= fraction * (the mean of metric in the baseline labelled reference)}}
   *
   * @param metric the metric's name
   * @param fraction the multiple of the baseline's mean the metric must reach
   * @param reference the label of the baseline
   */
  public static Bound atLeastFractionOf(String metric, double fraction, String reference) {
    return new Bound(metric, true, fraction, Optional.of(reference), 0);
  }

  /**
   * {@return the bound "no worse than the baseline's mean by more than its standard deviation":
   * {@code metric <= mean + std} when lower is better, {@code metric >= mean - std} otherwise}
   *
   * @param metric the metric's name
   * @param higherIsBetter the metric's direction
   * @param reference the label of the baseline
   */
  public static Bound withinOneStdOf(String metric, boolean higherIsBetter, String reference) {
    return new Bound(metric, higherIsBetter, 1.0, Optional.of(reference), 1.0);
  }

  /**
   * {@return the threshold, given the baselines' statistics (label to metric to stats); NaN if the
   * reference has no value}
   *
   * @param references the baselines' statistics over seeds, label to metric to stats
   */
  public double threshold(Map<String, Map<String, Stats>> references) {
    if (reference.isEmpty()) {
      return value;
    }
    Stats r = references.getOrDefault(reference.get(), Map.of()).get(metric);
    if (r == null) {
      return Double.NaN;
    }
    // One seed has std 0: the threshold is then the baseline's value itself.
    double spread = stds == 0 ? 0 : stds * r.std();
    return value * r.mean() + (atLeast ? -spread : spread);
  }

  /**
   * {@return whether {@code mean} satisfies the bound (never for NaN), given the baselines'
   * statistics}
   *
   * @param mean the metric's mean over seeds
   * @param references the baselines' statistics over seeds, label to metric to stats
   */
  public boolean holds(double mean, Map<String, Map<String, Stats>> references) {
    double t = threshold(references);
    return !Double.isNaN(mean) && !Double.isNaN(t) && (atLeast ? mean >= t : mean <= t);
  }

  @Override
  public String toString() {
    String rhs = reference.isEmpty() ? fmt(value) : fmt(value) + " x (" + reference.get() + ")";
    if (stds > 0) {
      rhs += (atLeast ? " - " : " + ") + fmt(stds) + " std";
    }
    return metric + (atLeast ? " >= " : " <= ") + rhs;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9
        ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.3g", v);
  }
}
