package org.ganlab.core.config;

import java.util.Locale;
import org.ganlab.core.config.Hyperparameter.Type;

/**
 * The values one {@link Hyperparameter} accepts: its type and inclusive range, how a value is
 * checked against them, and how a value is parsed from its text form; the messages name the key.
 *
 * @param key the key the messages name
 * @param type the value type
 * @param min the inclusive lower bound (numbers only)
 * @param max the inclusive upper bound (numbers only)
 */
record ValueDomain(String key, Type type, double min, double max) {
  /** {@return the value written {@code raw}, checked; a message naming the key if it is not one} */
  Object parse(String raw) {
    try {
      Object v =
          switch (type) {
            case INT -> Integer.parseInt(raw);
            case LONG -> Long.parseLong(raw);
            case DOUBLE -> {
              double d = Double.parseDouble(raw);
              if (!Double.isFinite(d)) {
                throw new NumberFormatException(raw);
              }
              yield d;
            }
            case BOOLEAN -> {
              if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
                throw new NumberFormatException(raw);
              }
              yield Boolean.parseBoolean(raw);
            }
            case STRING -> raw;
          };
      return check(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "hyperparameter '" + key + "' must be " + typeName() + ", got '" + raw + "'");
    }
  }

  /** {@return {@code value}, or an exception naming the key if it has another type or range} */
  Object check(Object value) {
    boolean typed =
        switch (type) {
          case INT -> value instanceof Integer;
          case LONG -> value instanceof Long;
          case DOUBLE -> value instanceof Double;
          case BOOLEAN -> value instanceof Boolean;
          case STRING -> value instanceof String;
        };
    if (!typed) {
      throw new IllegalArgumentException(
          "hyperparameter '" + key + "' is " + typeName() + ", got " + value);
    }
    if (value instanceof Number n && !(n.doubleValue() >= min && n.doubleValue() <= max)) {
      throw new IllegalArgumentException(
          "hyperparameter '"
              + key
              + "' = "
              + value
              + " is out of range ["
              + format(min)
              + ", "
              + format(max)
              + "]");
    }
    return value;
  }

  /** {@return the type's name in lower case} */
  String typeName() {
    return type.name().toLowerCase(Locale.ROOT);
  }

  /** {@return "[min, max]" with "max" for the largest int or long, empty for non-numbers} */
  String range() {
    return type == Type.BOOLEAN || type == Type.STRING
        ? ""
        : "[" + format(min) + ", " + format(max) + "]";
  }

  private static String format(double d) {
    if (d == Long.MAX_VALUE || d == Integer.MAX_VALUE) {
      return "max";
    }
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
