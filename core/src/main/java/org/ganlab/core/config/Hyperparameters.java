package org.ganlab.core.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The hyperparameters of one run: the {@link Hyperparameter} declarations it uses, their defaults
 * (read from the default objects they configure) and the current values. Immutable; {@code --set
 * key=value} goes through {@link #with}, which rejects unknown keys, wrong types and out-of-range
 * values before anything is built, listing the valid keys. {@link #apply} sets the values on the
 * objects the declarations configure, so a preset's object is the base a run changes, not a source
 * of numbers to copy by hand.
 *
 * <pre>{@code
 * Hyperparameters hp = Hyperparameters.builder()
 *     .declare(Dcgan.HYPERPARAMETERS, Dcgan.standard())
 *     .build()
 *     .withAssignments(List.of("latent_dim=64"));
 * Dcgan arch = hp.apply(Dcgan.HYPERPARAMETERS, Dcgan.standard());
 * }</pre>
 */
public final class Hyperparameters {
  private final Map<String, Hyperparameter<?>> declarations;
  private final Map<String, Object> defaults;
  private final Map<String, Object> values;

  private Hyperparameters(
      Map<String, Hyperparameter<?>> declarations,
      Map<String, Object> defaults,
      Map<String, Object> values) {
    this.declarations = Collections.unmodifiableMap(declarations);
    this.defaults = Collections.unmodifiableMap(defaults);
    this.values = Collections.unmodifiableMap(values);
  }

  /**
   * Starts an empty set of keys.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder(new LinkedHashMap<>(), new LinkedHashMap<>());
  }

  /**
   * {@return a builder holding these keys and defaults (not the current values), to add or change
   * keys}
   */
  public Builder toBuilder() {
    return new Builder(new LinkedHashMap<>(declarations), new LinkedHashMap<>(defaults));
  }

  /**
   * {@return a copy with {@code key} set from its text form, validated}
   *
   * @param key a declared key
   * @param raw the value's text form
   */
  public Hyperparameters with(String key, String raw) {
    Object v = declaration(key).parse(raw);
    Map<String, Object> copy = new LinkedHashMap<>(values);
    copy.put(key, v);
    return new Hyperparameters(declarations, defaults, copy);
  }

  /**
   * Applies "key=value" assignments in order.
   *
   * @param assignments "key=value" texts
   * @return a copy with every assignment applied
   */
  public Hyperparameters withAssignments(Iterable<String> assignments) {
    Hyperparameters h = this;
    for (String a : assignments) {
      int eq = a.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "expected key=value, got '" + a + "'; valid keys: " + validKeys());
      }
      h = h.with(a.substring(0, eq).trim(), a.substring(eq + 1).trim());
    }
    return h;
  }

  /**
   * {@return {@code base} with every key of {@code keys} set to its current value}
   *
   * @param <C> the type of the value the keys are on
   * @param keys keys declared in this set
   * @param base the value to set them on
   */
  public <C> C apply(List<Hyperparameter<C>> keys, C base) {
    C c = base;
    for (Hyperparameter<C> k : keys) {
      c = apply(k, c);
    }
    return c;
  }

  /**
   * {@return {@code base} with {@code key} set to its current value}
   *
   * @param <C> the type of the value the key is on
   * @param key a key declared in this set
   * @param base the value to set it on
   */
  public <C> C apply(Hyperparameter<C> key, C base) {
    if (declaration(key.key()).type() != key.type()) {
      throw new IllegalArgumentException(
          "hyperparameter '" + key.key() + "' is declared with another type in this run");
    }
    return key.set(base, values.get(key.key()));
  }

  /** {@return "key (type, default d)" for every key, for error messages} */
  public String validKeys() {
    return declarations.values().stream()
        .map(p -> p.key() + " (" + p.typeName() + ", default " + defaults.get(p.key()) + ")")
        .collect(Collectors.joining(", "));
  }

  /** {@return a Markdown table of the keys: key, type, default, range, meaning} */
  public String markdownTable() {
    StringBuilder b = new StringBuilder("| key | type | default | range | meaning |\n");
    b.append("|---|---|---|---|---|\n");
    for (Hyperparameter<?> p : declarations.values()) {
      b.append("| `")
          .append(p.key())
          .append("` | ")
          .append(p.typeName())
          .append(" | ")
          .append(defaults.get(p.key()))
          .append(" | ")
          .append(p.range())
          .append(" | ")
          .append(p.doc())
          .append(" |\n");
    }
    return b.toString();
  }

  /** {@return the declarations by key, in declaration order} */
  public Map<String, Hyperparameter<?>> declarations() {
    return declarations;
  }

  /** {@return the defaults by key, in declaration order} */
  public Map<String, Object> defaults() {
    return defaults;
  }

  /** {@return the current values by key, in declaration order} */
  public Map<String, Object> values() {
    return values;
  }

  /**
   * {@return an int value}
   *
   * @param key a declared int key
   */
  public int getInt(String key) {
    return (Integer) get(key, Hyperparameter.Type.INT);
  }

  /**
   * {@return a long value}
   *
   * @param key a declared long key
   */
  public long getLong(String key) {
    return (Long) get(key, Hyperparameter.Type.LONG);
  }

  /**
   * {@return a double value}
   *
   * @param key a declared double key
   */
  public double getDouble(String key) {
    return (Double) get(key, Hyperparameter.Type.DOUBLE);
  }

  /**
   * {@return a boolean value}
   *
   * @param key a declared boolean key
   */
  public boolean getBoolean(String key) {
    return (Boolean) get(key, Hyperparameter.Type.BOOLEAN);
  }

  /**
   * {@return a string value}
   *
   * @param key a declared string key
   */
  public String getString(String key) {
    return (String) get(key, Hyperparameter.Type.STRING);
  }

  private Object get(String key, Hyperparameter.Type type) {
    Hyperparameter<?> p = declaration(key);
    if (p.type() != type) {
      throw new IllegalArgumentException(
          "hyperparameter '" + key + "' is " + p.typeName() + ", not " + type);
    }
    return values.get(key);
  }

  private Hyperparameter<?> declaration(String key) {
    Hyperparameter<?> p = declarations.get(key);
    if (p == null) {
      throw new IllegalArgumentException(
          "unknown hyperparameter '" + key + "'; valid keys: " + validKeys());
    }
    return p;
  }

  @Override
  public String toString() {
    return values.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hyperparameters h
        && h.values.equals(values)
        && h.defaults.equals(defaults)
        && h.declarations.equals(declarations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(values, defaults, declarations);
  }

  /** Declares keys; declaring a key again replaces the earlier declaration and default. */
  public static final class Builder {
    private final Map<String, Hyperparameter<?>> declarations;
    private final Map<String, Object> defaults;

    private Builder(Map<String, Hyperparameter<?>> declarations, Map<String, Object> defaults) {
      this.declarations = declarations;
      this.defaults = defaults;
    }

    /**
     * Declares {@code keys} with their values in {@code defaults} as defaults.
     *
     * @param <C> the type of the value the keys are on
     * @param keys the keys to declare
     * @param defaultValue the value whose keys' values are the defaults
     * @return this builder
     */
    public <C> Builder declare(List<Hyperparameter<C>> keys, C defaultValue) {
      keys.forEach(k -> declare(k, defaultValue));
      return this;
    }

    /**
     * Declares {@code key} with its value in {@code defaultValue} as default.
     *
     * @param <C> the type of the value the key is on
     * @param key the key to declare
     * @param defaultValue the value whose key's value is the default
     * @return this builder
     */
    public <C> Builder declare(Hyperparameter<C> key, C defaultValue) {
      declarations.put(key.key(), key);
      defaults.put(key.key(), key.get(defaultValue));
      return this;
    }

    /**
     * An int key of the experiment itself, read with {@code getInt}.
     *
     * @param key the key, in snake case
     * @param def the default
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param doc the one-line doc
     * @return this builder
     */
    public Builder intParam(String key, int def, int min, int max, String doc) {
      return standalone(Hyperparameter.ofInt(key, min, max, doc, x -> null, (x, v) -> x), def);
    }

    /**
     * A long key of the experiment itself, read with {@code getLong}.
     *
     * @param key the key, in snake case
     * @param def the default
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param doc the one-line doc
     * @return this builder
     */
    public Builder longParam(String key, long def, long min, long max, String doc) {
      return standalone(Hyperparameter.ofLong(key, min, max, doc, x -> null, (x, v) -> x), def);
    }

    /**
     * A double key of the experiment itself, read with {@code getDouble}.
     *
     * @param key the key, in snake case
     * @param def the default
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param doc the one-line doc
     * @return this builder
     */
    public Builder doubleParam(String key, double def, double min, double max, String doc) {
      return standalone(Hyperparameter.ofDouble(key, min, max, doc, x -> null, (x, v) -> x), def);
    }

    /**
     * A boolean key of the experiment itself, read with {@code getBoolean}.
     *
     * @param key the key, in snake case
     * @param def the default
     * @param doc the one-line doc
     * @return this builder
     */
    public Builder booleanParam(String key, boolean def, String doc) {
      return standalone(Hyperparameter.ofBoolean(key, doc, x -> null, (x, v) -> x), def);
    }

    /**
     * A string key of the experiment itself, read with {@code getString}.
     *
     * @param key the key, in snake case
     * @param def the default
     * @param doc the one-line doc
     * @return this builder
     */
    public Builder stringParam(String key, String def, String doc) {
      return standalone(Hyperparameter.ofString(key, doc, x -> null, (x, v) -> x), def);
    }

    /**
     * Another default for a declared key (e.g. a paper's number of steps); an int given for a long
     * key is widened.
     *
     * @param key a declared key
     * @param def the new default, of the key's type and in its range
     * @return this builder
     */
    public Builder withDefault(String key, Object def) {
      Hyperparameter<?> p = declared(key);
      Object v = p.type() == Hyperparameter.Type.LONG && def instanceof Integer i ? (long) i : def;
      defaults.put(key, p.check(v));
      return this;
    }

    /**
     * Pins a declared key to one value, with {@code why} as its doc (e.g. a family that does not
     * support the generator's weight average pins {@code ema_decay} to 0).
     *
     * @param key a declared key
     * @param value the only value the key may take
     * @param why the reason, which becomes the key's doc
     * @return this builder
     */
    public Builder pin(String key, Object value, String why) {
      withDefault(key, value);
      double d = value instanceof Number n ? n.doubleValue() : 0;
      declarations.put(key, declared(key).restricted(d, d, why));
      return this;
    }

    private Hyperparameter<?> declared(String key) {
      Hyperparameter<?> p = declarations.get(key);
      if (p == null) {
        throw new IllegalArgumentException("unknown hyperparameter '" + key + "'");
      }
      return p;
    }

    private Builder standalone(Hyperparameter<Object> key, Object def) {
      declarations.put(key.key(), key);
      defaults.put(key.key(), key.check(def));
      return this;
    }

    /** {@return the keys with their values at the defaults} */
    public Hyperparameters build() {
      return new Hyperparameters(
          new LinkedHashMap<>(declarations),
          new LinkedHashMap<>(defaults),
          new LinkedHashMap<>(defaults));
    }
  }
}
