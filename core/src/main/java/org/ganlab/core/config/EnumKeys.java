package org.ganlab.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of an enum constant where it is a key's value ({@code --set precision=bf16}, {@code
 * config.json}): its name in lower case, so every enum-valued key reads and fails the same way.
 */
public final class EnumKeys {
  private EnumKeys() {}

  /**
   * {@return the constant's name in lower case, e.g. {@code bf16}}
   *
   * @param value the constant
   */
  public static String key(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return the constant of {@code type} whose {@linkplain #key key} is {@code text}}
   *
   * @param <E> the enum type
   * @param type the enum's class
   * @param what what the value is, as the error names it, e.g. {@code precision}
   * @param text the key's text
   * @throws IllegalArgumentException naming {@code what}, the text and the valid keys otherwise
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String what, String text) {
    List<String> keys = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (key(e).equals(text)) {
        return e;
      }
      keys.add(key(e));
    }
    String last = keys.remove(keys.size() - 1);
    String choices = keys.isEmpty() ? last : String.join(", ", keys) + " or " + last;
    throw new IllegalArgumentException(what + " must be " + choices + ", got '" + text + "'");
  }
}
