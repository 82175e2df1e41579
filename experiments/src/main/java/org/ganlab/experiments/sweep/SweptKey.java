package org.ganlab.experiments.sweep;

import java.util.List;

/**
 * One {@code --set} key a sweep varies, and how: a grid of listed values or a range that random
 * search draws from.
 */
public sealed interface SweptKey permits SweptKey.Grid, SweptKey.Uniform, SweptKey.LogUniform {
  /** {@return the hyperparameter key} */
  String key();

  /** {@return whether plots put this key on a logarithmic axis} */
  boolean logScale();

  /**
   * Listed values, every one tried.
   *
   * @param key the hyperparameter key
   * @param values the values as {@code --set} takes them
   * @param logScale plot on a log axis (all values are then positive numbers)
   */
  record Grid(String key, List<String> values, boolean logScale) implements SweptKey {
    /** Copies the values. */
    public Grid {
      values = List.copyOf(values);
    }
  }

  /**
   * A range random search draws from uniformly.
   *
   * @param key the hyperparameter key
   * @param low the smallest value
   * @param high the largest value
   */
  record Uniform(String key, double low, double high) implements SweptKey {
    @Override
    public boolean logScale() {
      return false;
    }
  }

  /**
   * A positive range random search draws from uniformly in log space, as learning rates are
   * searched: each decade is equally likely.
   *
   * @param key the hyperparameter key
   * @param low the smallest value, above 0
   * @param high the largest value
   */
  record LogUniform(String key, double low, double high) implements SweptKey {
    @Override
    public boolean logScale() {
      return true;
    }
  }
}
