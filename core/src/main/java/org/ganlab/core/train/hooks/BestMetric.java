package org.ganlab.core.train.hooks;

import java.util.OptionalLong;

/**
 * The best step so far by one metric (FID: lower; modes captured: higher). Ties keep the earlier
 * step and NaN is never better, so the best is a pure function of the evaluated values. Mutable;
 * used by one training thread.
 */
public final class BestMetric {
  private final String metric;
  private final boolean higherIsBetter;
  private long step = -1;
  private double value = Double.NaN;

  /**
   * @param metric the metric's name
   * @param higherIsBetter whether a larger value is better
   */
  public BestMetric(String metric, boolean higherIsBetter) {
    this.metric = metric;
    this.higherIsBetter = higherIsBetter;
  }

  /**
   * Records {@code value} at {@code step}; true if it is strictly better than every earlier.
   *
   * @param step the step evaluated
   * @param value the metric's value; NaN is never best
   * @return whether {@code step} is now the best step
   */
  public boolean offer(long step, double value) {
    if (Double.isNaN(value)
        || !(Double.isNaN(this.value)
            || (higherIsBetter ? value > this.value : value < this.value))) {
      return false;
    }
    this.step = step;
    this.value = value;
    return true;
  }

  /** {@return the best step, if any value was offered that was not NaN} */
  public OptionalLong step() {
    return step >= 0 ? OptionalLong.of(step) : OptionalLong.empty();
  }

  /**
   * {@return whether {@code s} is the best step}
   *
   * @param s a step
   */
  public boolean isBest(long s) {
    return step >= 0 && step == s;
  }

  /** {@return the best value (NaN if none)} */
  public double value() {
    return value;
  }

  /** {@return the metric's name} */
  public String metric() {
    return metric;
  }

  /** {@return whether a larger value is better} */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }
}
