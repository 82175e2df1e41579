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

  Hyperparameters(
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
  public static HyperparametersBuilder builder() {
    return new HyperparametersBuilder(new LinkedHashMap<>(), new LinkedHashMap<>());
  }

  /**
   * {@return a builder holding these keys and defaults (not the current values), to add or change
   * keys}
   */
  public HyperparametersBuilder toBuilder() {
    return new HyperparametersBuilder(
        new LinkedHashMap<>(declarations), new LinkedHashMap<>(defaults));
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
}
