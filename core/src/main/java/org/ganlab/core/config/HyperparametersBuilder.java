package org.ganlab.core.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Declares the keys of a {@link Hyperparameters} set and their defaults; declaring a key again
 * replaces the earlier declaration and default. Made by {@link Hyperparameters#builder} and {@link
 * Hyperparameters#toBuilder}.
 */
public final class HyperparametersBuilder {
  private final Map<String, Hyperparameter<?>> declarations;
  private final Map<String, Object> defaults;

  HyperparametersBuilder(
      Map<String, Hyperparameter<?>> declarations, Map<String, Object> defaults) {
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
  public <C> HyperparametersBuilder declare(List<Hyperparameter<C>> keys, C defaultValue) {
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
  public <C> HyperparametersBuilder declare(Hyperparameter<C> key, C defaultValue) {
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
  public HyperparametersBuilder intParam(String key, int def, int min, int max, String doc) {
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
  public HyperparametersBuilder longParam(String key, long def, long min, long max, String doc) {
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
  public HyperparametersBuilder doubleParam(
      String key, double def, double min, double max, String doc) {
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
  public HyperparametersBuilder booleanParam(String key, boolean def, String doc) {
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
  public HyperparametersBuilder stringParam(String key, String def, String doc) {
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
  public HyperparametersBuilder withDefault(String key, Object def) {
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
  public HyperparametersBuilder pin(String key, Object value, String why) {
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

  private HyperparametersBuilder standalone(Hyperparameter<Object> key, Object def) {
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
