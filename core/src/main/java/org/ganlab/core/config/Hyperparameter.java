package org.ganlab.core.config;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One hyperparameter of a configurable value {@code C}, declared once beside {@code C}: its key,
 * type, inclusive range, one-line doc, and how it reads and sets {@code C}. Everything else — the
 * default (read from a default {@code C}), command-line parsing and validation, the listing of
 * valid keys, the run's {@code config.json} and the guide's table — is derived from this one
 * declaration by {@link Hyperparameters}.
 *
 * <pre>{@code
 * static final List<Hyperparameter<Dcgan>> HYPERPARAMETERS = List.of(
 *     Hyperparameter.ofInt("latent_dim", 1, 4096, "size of z", Dcgan::latentDim, Dcgan::withLatentDim));
 * }</pre>
 *
 * <p>A declaration is immutable; {@link #on} lifts it to a value that holds a {@code C} (a recipe
 * holding an architecture), so the key is still declared only where {@code C} is.
 *
 * @param <C> the configured type
 */
public final class Hyperparameter<C> {
  /** The value types a key may have. */
  public enum Type {
    /** A 32-bit integer in [min, max]. */
    INT,
    /** A 64-bit integer in [min, max]. */
    LONG,
    /** A finite double in [min, max]. */
    DOUBLE,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** Any text. */
    STRING
  }

  private final String key;
  private final ValueDomain domain;
  private final String doc;
  private final Function<C, Object> getter;
  private final BiFunction<C, Object, C> setter;

  private Hyperparameter(
      String key,
      Type type,
      double min,
      double max,
      String doc,
      Function<C, Object> getter,
      BiFunction<C, Object, C> setter) {
    if (key == null || !key.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("hyperparameter key must be lower_snake_case, got " + key);
    }
    if (doc == null || doc.isBlank()) {
      throw new IllegalArgumentException("hyperparameter " + key + " needs a one-line doc");
    }
    this.key = key;
    this.domain = new ValueDomain(key, type, min, max);
    this.doc = doc;
    this.getter = getter;
    this.setter = setter;
  }

  /**
   * {@return an int key in [min, max]}
   *
   * @param <C> the type of the value that holds the key, e.g. an architecture record
   * @param key the key, in snake case, e.g. {@code latent_dim}
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @param doc the one-line doc
   * @param get reads the key's value from a {@code C}
   * @param set returns a copy of a {@code C} with another value
   */
  public static <C> Hyperparameter<C> ofInt(
      String key,
      int min,
      int max,
      String doc,
      Function<C, Integer> get,
      BiFunction<C, Integer, C> set) {
    return new Hyperparameter<>(
        key, Type.INT, min, max, doc, get::apply, (c, v) -> set.apply(c, (Integer) v));
  }

  /**
   * {@return a long key in [min, max]}
   *
   * @param <C> the type of the value that holds the key, e.g. an architecture record
   * @param key the key, in snake case, e.g. {@code latent_dim}
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @param doc the one-line doc
   * @param get reads the key's value from a {@code C}
   * @param set returns a copy of a {@code C} with another value
   */
  public static <C> Hyperparameter<C> ofLong(
      String key,
      long min,
      long max,
      String doc,
      Function<C, Long> get,
      BiFunction<C, Long, C> set) {
    return new Hyperparameter<>(
        key, Type.LONG, min, max, doc, get::apply, (c, v) -> set.apply(c, (Long) v));
  }

  /**
   * {@return a finite double key in [min, max]}
   *
   * @param <C> the type of the value that holds the key, e.g. an architecture record
   * @param key the key, in snake case, e.g. {@code latent_dim}
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @param doc the one-line doc
   * @param get reads the key's value from a {@code C}
   * @param set returns a copy of a {@code C} with another value
   */
  public static <C> Hyperparameter<C> ofDouble(
      String key,
      double min,
      double max,
      String doc,
      Function<C, Double> get,
      BiFunction<C, Double, C> set) {
    return new Hyperparameter<>(
        key, Type.DOUBLE, min, max, doc, get::apply, (c, v) -> set.apply(c, (Double) v));
  }

  /**
   * {@return a boolean key ({@code true} or {@code false})}
   *
   * @param <C> the type of the value that holds the key, e.g. an architecture record
   * @param key the key, in snake case
   * @param doc the one-line doc
   * @param get reads the key's value from a {@code C}
   * @param set returns a copy of a {@code C} with another value
   */
  public static <C> Hyperparameter<C> ofBoolean(
      String key, String doc, Function<C, Boolean> get, BiFunction<C, Boolean, C> set) {
    return new Hyperparameter<>(
        key, Type.BOOLEAN, 0, 0, doc, get::apply, (c, v) -> set.apply(c, (Boolean) v));
  }

  /**
   * {@return a string key; {@code set} rejects invalid text with an {@link
   * IllegalArgumentException}}
   *
   * @param <C> the type of the value that holds the key, e.g. an architecture record
   * @param key the key, in snake case
   * @param doc the one-line doc
   * @param get reads the key's value from a {@code C}
   * @param set returns a copy of a {@code C} with another value; may throw {@link
   *     IllegalArgumentException} for invalid text
   */
  public static <C> Hyperparameter<C> ofString(
      String key, String doc, Function<C, String> get, BiFunction<C, String, C> set) {
    return new Hyperparameter<>(
        key, Type.STRING, 0, 0, doc, get::apply, (c, v) -> set.apply(c, (String) v));
  }

  /**
   * {@return this key on a value {@code O} that holds a {@code C}: {@code get} finds the {@code C},
   * {@code set} returns a copy of {@code O} holding another one}
   *
   * @param <O> the type of the outer value
   * @param get finds the {@code C} in an {@code O}
   * @param set returns a copy of an {@code O} holding another {@code C}
   */
  public <O> Hyperparameter<O> on(Function<O, C> get, BiFunction<O, C, O> set) {
    return new Hyperparameter<>(
        key,
        type(),
        min(),
        max(),
        doc,
        o -> getter.apply(get.apply(o)),
        (o, v) -> set.apply(o, setter.apply(get.apply(o), v)));
  }

  /**
   * {@return the same declaration under another key (two values of one type in one run)}
   *
   * @param newKey the other key
   * @param newDoc the one-line doc under the other key
   */
  public Hyperparameter<C> renamed(String newKey, String newDoc) {
    return new Hyperparameter<>(newKey, type(), min(), max(), newDoc, getter, setter);
  }

  /**
   * {@return the same declaration with a narrower range and the reason as its doc}
   *
   * @param newMin the new smallest allowed value, at least the old one
   * @param newMax the new largest allowed value, at most the old one
   * @param why the reason for the narrower range, which becomes the doc
   */
  public Hyperparameter<C> restricted(double newMin, double newMax, String why) {
    return new Hyperparameter<>(key, type(), newMin, newMax, why, getter, setter);
  }

  /** {@return the key, e.g. {@code latent_dim}} */
  public String key() {
    return key;
  }

  /** {@return the value type} */
  public Type type() {
    return domain.type();
  }

  /** {@return inclusive lower bound (numbers only)} */
  public double min() {
    return domain.min();
  }

  /** {@return inclusive upper bound (numbers only)} */
  public double max() {
    return domain.max();
  }

  /** {@return the one-line doc} */
  public String doc() {
    return doc;
  }

  /**
   * {@return this key's value in {@code c}, checked against the range}
   *
   * @param c the value holding the key
   */
  public Object get(C c) {
    return check(getter.apply(c));
  }

  /**
   * {@return a copy of {@code c} with this key set to {@code value}}
   *
   * @param c the value holding the key
   * @param value the new value, of this key's type and in its range
   */
  public C set(C c, Object value) {
    return setter.apply(c, check(value));
  }

  /**
   * Parses and validates the text form, e.g. from {@code --set key=value}.
   *
   * @param raw the text form of the value
   * @return the value, of this key's type and in its range
   */
  public Object parse(String raw) {
    return domain.parse(raw);
  }

  /**
   * {@return {@code value} if it has this key's type and lies in its range}
   *
   * @param value the value to check
   */
  public Object check(Object value) {
    return domain.check(value);
  }

  /** {@return the type in lower case, as messages and tables show it} */
  public String typeName() {
    return domain.typeName();
  }

  /** {@return the range as text ("[1, 4096]"), empty for booleans and strings} */
  public String range() {
    return domain.range();
  }

  /** Equal when key, type, range and doc are (the accessors cannot be compared). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Hyperparameter<?> h
        && h.key.equals(key)
        && h.type() == type()
        && h.min() == min()
        && h.max() == max()
        && h.doc.equals(doc);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, type(), min(), max(), doc);
  }

  @Override
  public String toString() {
    return key + " (" + typeName() + ")";
  }
}
