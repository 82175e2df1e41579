package org.ganlab.experiments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An experiment's hyperparameters: a fixed set of typed, range-checked keys with defaults, and
 * immutable values. {@code --set key=value} goes through {@link #with}, which rejects unknown keys,
 * wrong types and out-of-range values before anything is trained, listing the valid keys.
 */
public final class Hyperparameters {
  /** Supported value types. */
  public enum Type {
    INT,
    LONG,
    DOUBLE,
    BOOLEAN,
    STRING
  }

  /**
   * One key's definition.
   *
   * @param min inclusive lower bound for numbers (ignored otherwise)
   * @param max inclusive upper bound for numbers
   */
  public record Param(
      String key, Type type, Object defaultValue, double min, double max, String description) {}

  private final Map<String, Param> params;
  private final Map<String, Object> values;

  private Hyperparameters(Map<String, Param> params, Map<String, Object> values) {
    this.params = Collections.unmodifiableMap(params);
    this.values = Collections.unmodifiableMap(values);
  }

  /** Starts an empty definition. */
  public static Builder builder() {
    return new Builder(new LinkedHashMap<>());
  }

  /** A builder holding these definitions, to add or re-default keys. */
  public Builder toBuilder() {
    Builder b = new Builder(new LinkedHashMap<>(params));
    return b;
  }

  /** A copy with {@code key} set from its text form, validated. */
  public Hyperparameters with(String key, String raw) {
    Param p = params.get(key);
    if (p == null) {
      throw new ConfigException("unknown hyperparameter '" + key + "'; valid keys: " + validKeys());
    }
    Object v = parse(p, raw);
    Map<String, Object> copy = new LinkedHashMap<>(values);
    copy.put(key, v);
    return new Hyperparameters(params, copy);
  }

  /** Applies "key=value" assignments in order. */
  public Hyperparameters withAssignments(Iterable<String> assignments) {
    Hyperparameters h = this;
    for (String a : assignments) {
      int eq = a.indexOf('=');
      if (eq <= 0) {
        throw new ConfigException(
            "expected key=value, got '" + a + "'; valid keys: " + validKeys());
      }
      h = h.with(a.substring(0, eq).trim(), a.substring(eq + 1).trim());
    }
    return h;
  }

  /** "key (type, default): description" lines. */
  public String validKeys() {
    return params.values().stream()
        .map(
            p ->
                p.key()
                    + " ("
                    + p.type().name().toLowerCase()
                    + ", default "
                    + p.defaultValue()
                    + ")")
        .collect(Collectors.joining(", "));
  }

  /** The definitions. */
  public Map<String, Param> params() {
    return params;
  }

  /** Resolved values by key, in definition order. */
  public Map<String, Object> values() {
    return values;
  }

  /** An int value. */
  public int getInt(String key) {
    return (Integer) get(key, Type.INT);
  }

  /** A long value. */
  public long getLong(String key) {
    return (Long) get(key, Type.LONG);
  }

  /** A double value. */
  public double getDouble(String key) {
    return (Double) get(key, Type.DOUBLE);
  }

  /** A boolean value. */
  public boolean getBoolean(String key) {
    return (Boolean) get(key, Type.BOOLEAN);
  }

  /** A string value. */
  public String getString(String key) {
    return (String) get(key, Type.STRING);
  }

  private Object get(String key, Type type) {
    Param p = params.get(key);
    if (p == null) {
      throw new ConfigException("no hyperparameter '" + key + "'; valid keys: " + validKeys());
    }
    if (p.type() != type) {
      throw new ConfigException("hyperparameter '" + key + "' is " + p.type() + ", not " + type);
    }
    return values.get(key);
  }

  private static Object parse(Param p, String raw) {
    try {
      Object v =
          switch (p.type()) {
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
      checkRange(p, v);
      return v;
    } catch (NumberFormatException e) {
      throw new ConfigException(
          "hyperparameter '"
              + p.key()
              + "' must be "
              + p.type().name().toLowerCase()
              + ", got '"
              + raw
              + "'");
    }
  }

  private static void checkRange(Param p, Object v) {
    if (v instanceof Number n) {
      double d = n.doubleValue();
      if (!(d >= p.min() && d <= p.max())) {
        throw new ConfigException(
            "hyperparameter '"
                + p.key()
                + "' = "
                + v
                + " is out of range ["
                + fmt(p.min())
                + ", "
                + fmt(p.max())
                + "]");
      }
    }
  }

  private static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  @Override
  public String toString() {
    return values.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hyperparameters h && h.values.equals(values) && h.params.equals(params);
  }

  @Override
  public int hashCode() {
    return Objects.hash(values, params);
  }

  /** Defines keys; a later definition of the same key replaces the earlier one. */
  public static final class Builder {
    private final Map<String, Param> params;

    private Builder(Map<String, Param> params) {
      this.params = params;
    }

    /** An int key with an inclusive range. */
    public Builder intParam(String key, int def, int min, int max, String description) {
      return add(new Param(key, Type.INT, def, min, max, description));
    }

    /** A long key with an inclusive range. */
    public Builder longParam(String key, long def, long min, long max, String description) {
      return add(new Param(key, Type.LONG, def, min, max, description));
    }

    /** A double key with an inclusive range. */
    public Builder doubleParam(String key, double def, double min, double max, String description) {
      return add(new Param(key, Type.DOUBLE, def, min, max, description));
    }

    /** A boolean key. */
    public Builder booleanParam(String key, boolean def, String description) {
      return add(new Param(key, Type.BOOLEAN, def, 0, 0, description));
    }

    /** A string key. */
    public Builder stringParam(String key, String def, String description) {
      return add(new Param(key, Type.STRING, def, 0, 0, description));
    }

    /** Changes the default of an existing key (validated against its range). */
    public Builder withDefault(String key, Object def) {
      Param p = params.get(key);
      if (p == null) {
        throw new ConfigException("unknown hyperparameter '" + key + "'");
      }
      Param q = new Param(key, p.type(), def, p.min(), p.max(), p.description());
      checkRange(q, def);
      params.put(key, q);
      return this;
    }

    private Builder add(Param p) {
      checkRange(p, p.defaultValue());
      params.put(p.key(), p);
      return this;
    }

    /** Values at their defaults. */
    public Hyperparameters build() {
      Map<String, Object> values = new LinkedHashMap<>();
      params.values().forEach(p -> values.put(p.key(), p.defaultValue()));
      return new Hyperparameters(new LinkedHashMap<>(params), values);
    }
  }
}
