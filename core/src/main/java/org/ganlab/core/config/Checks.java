package org.ganlab.core.config;

import java.util.Objects;

/**
 * The checks a configuration value goes through, with messages that name the value: one place for
 * every module's "must be positive" and "must not be null", so the same mistake reads the same
 * wherever it is made.
 */
public final class Checks {
  private Checks() {}

  /**
   * {@return {@code value}, if it is positive}
   *
   * @param name what the value configures, for the message
   * @param value the value
   * @throws IllegalArgumentException if it is zero or negative
   */
  public static int positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
    return value;
  }

  /**
   * {@return {@code value}, if it is positive}
   *
   * @param name what the value configures, for the message
   * @param value the value
   * @throws IllegalArgumentException if it is zero or negative
   */
  public static long positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
    return value;
  }

  /**
   * {@return {@code value}, if it is positive and finite}
   *
   * @param name what the value configures, for the message
   * @param value the value
   * @throws IllegalArgumentException if it is zero, negative, infinite or NaN
   */
  public static double positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be positive and finite, got " + value);
    }
    return value;
  }

  /**
   * {@return {@code value}, if it is not negative (a count, a step, an index)}
   *
   * @param name what the value configures, for the message
   * @param value the value
   * @throws IllegalArgumentException if it is negative
   */
  public static long nonNegative(String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }
    return value;
  }

  /**
   * {@return {@code value}, if it is finite and not negative (a weight: 0 switches a term off)}
   *
   * @param name what the value configures, for the message
   * @param value the value
   * @throws IllegalArgumentException if it is negative, infinite or NaN
   */
  public static double nonNegative(String name, double value) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
    }
    return value;
  }

  /**
   * {@return {@code value}, if it is finite}
   *
   * @param name what the value configures, for the message
   * @param value the value
   * @throws IllegalArgumentException if it is infinite or NaN
   */
  public static double finite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite, got " + value);
    }
    return value;
  }

  /**
   * {@return {@code value}, if it lies in [0, 1) (a decay, a momentum, a slope)}
   *
   * @param name what the value configures, for the message
   * @param value the value
   * @throws IllegalArgumentException if it is outside [0, 1) or NaN
   */
  public static double inUnitInterval(String name, double value) {
    if (!(value >= 0 && value < 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1), got " + value);
    }
    return value;
  }

  /**
   * {@return {@code value}, if it is present}
   *
   * @param <T> the value's type
   * @param name what the value configures, for the message
   * @param value the value
   * @throws NullPointerException if it is null
   */
  public static <T> T required(String name, T value) {
    return Objects.requireNonNull(value, name + " must not be null");
  }
}
