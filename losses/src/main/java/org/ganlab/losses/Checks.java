package org.ganlab.losses;

/** Argument checks for the hyperparameters of losses and regularizers. */
final class Checks {
  private Checks() {}

  /** A weight must be finite and non-negative (0 switches a term off). */
  static double weight(String what, double value) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(what + " must be a finite number >= 0, got " + value);
    }
    return value;
  }

  /** A target or scale must be finite. */
  static double finite(String what, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be finite, got " + value);
    }
    return value;
  }
}
