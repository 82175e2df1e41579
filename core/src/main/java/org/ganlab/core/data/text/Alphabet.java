package org.ganlab.core.data.text;

import java.util.Objects;

/**
 * The symbols of a character-level model (Gulrajani et al. 2017, "Improved Training of Wasserstein
 * GANs", section 5.5): symbol 0 is the end/pad symbol, symbols 1..n are the letters in the order
 * given. A word of length l becomes l letter ids followed by end symbols up to the sequence length,
 * and a sequence decodes to the letters before its first end symbol.
 *
 * <p>Why the end symbol is an index and not a character: it never appears in text, so no character
 * (not even punctuation in a phrase list) has to be reserved for it.
 *
 * @param letters the letters, each once, e.g. {@code "abcdefghijklmnopqrstuvwxyz"}
 */
public record Alphabet(String letters) {
  /** The id of the end/pad symbol. */
  public static final int END = 0;

  /**
   * Checks that the letters are non-empty and distinct.
   *
   * @param letters the letters, each once, e.g. {@code "abcdefghijklmnopqrstuvwxyz"}
   */
  public Alphabet {
    Objects.requireNonNull(letters, "letters");
    if (letters.isEmpty()) {
      throw new IllegalArgumentException("an alphabet needs at least one letter");
    }
    for (int i = 0; i < letters.length(); i++) {
      if (letters.indexOf(letters.charAt(i)) != i) {
        throw new IllegalArgumentException(
            "letter '" + letters.charAt(i) + "' appears twice in the alphabet \"" + letters + "\"");
      }
    }
  }

  /** {@return the 26 lowercase letters a-z: 27 symbols with the end symbol} */
  public static Alphabet lowercase() {
    return new Alphabet("abcdefghijklmnopqrstuvwxyz");
  }

  /** {@return the number of symbols: the letters plus the end symbol} */
  public int size() {
    return letters.length() + 1;
  }

  /**
   * {@return the id of {@code c} (1..n), or -1 if it is not a letter of this alphabet}
   *
   * @param c the character to look up
   */
  public int id(char c) {
    int i = letters.indexOf(c);
    return i < 0 ? -1 : i + 1;
  }

  /**
   * {@return the letter of id {@code id} (1..n)}
   *
   * @param id the id, in 1..n
   */
  public char letter(int id) {
    if (id < 1 || id > letters.length()) {
      throw new IllegalArgumentException(
          "no letter has id " + id + " (letters are 1.." + letters.length() + ")");
    }
    return letters.charAt(id - 1);
  }

  /**
   * {@return the index of the first character of {@code text} outside the alphabet, or -1 if none}
   *
   * @param text the text to check
   */
  public int firstOutside(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (id(text.charAt(i)) < 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@return the ids of {@code word} padded with {@link #END} to {@code length}}
   *
   * @param word the word, at most {@code length} letters of this alphabet
   * @param length the number of ids, the word's letters followed by end symbols
   * @throws IllegalArgumentException if the word is longer than {@code length} or has a character
   *     outside the alphabet (the message names both)
   */
  public int[] encode(String word, int length) {
    check(word, length);
    int[] ids = new int[length];
    for (int i = 0; i < word.length(); i++) {
      ids[i] = id(word.charAt(i));
    }
    return ids;
  }

  /**
   * Writes {@code word}'s one-hot rows ([length, size()] row-major, end symbols after the word)
   * into {@code out} at {@code offset}; the rows must be zero beforehand.
   *
   * @param word the word, at most {@code length} letters of this alphabet
   * @param length the number of rows, the word's letters followed by end symbols
   * @param out the array to write into
   * @param offset the index in {@code out} of the first row's first value
   */
  public void oneHot(String word, int length, float[] out, int offset) {
    int[] ids = encode(word, length);
    for (int i = 0; i < length; i++) {
      out[offset + i * size() + ids[i]] = 1f;
    }
  }

  /**
   * {@return the letters before the first {@link #END} of {@code ids} (all of them if there is
   * none)}
   *
   * @param ids symbol ids, each {@link #END} or in 1..n
   */
  public String decode(int[] ids) {
    StringBuilder sb = new StringBuilder(ids.length);
    for (int id : ids) {
      if (id == END) {
        break;
      }
      sb.append(letter(id));
    }
    return sb.toString();
  }

  private void check(String word, int length) {
    if (word.length() > length) {
      throw new IllegalArgumentException(
          "\"" + word + "\" has " + word.length() + " characters, more than the length " + length);
    }
    int bad = firstOutside(word);
    if (bad >= 0) {
      throw new IllegalArgumentException(
          "\""
              + word
              + "\" has '"
              + word.charAt(bad)
              + "', which is not in the alphabet \""
              + letters
              + "\"");
    }
  }
}
