package org.ganlab.models;

import java.util.Objects;

/** Hyperparameter checks whose messages name the parameter. */
final class Params {
  private Params() {}

  static void positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }

  static void slope(String name, double value) {
    if (!(value >= 0 && value < 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1), got " + value);
    }
  }

  static void positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be positive and finite, got " + value);
    }
  }

  static <T> T required(String name, T value) {
    return Objects.requireNonNull(value, name + " must not be null");
  }
}
