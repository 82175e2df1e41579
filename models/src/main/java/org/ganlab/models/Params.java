package org.ganlab.models;

/** Hyperparameter checks whose messages name the parameter. */
final class Params {
  private Params() {}

  static void positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
