package org.ganlab.core.data.captions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The fixed vocabulary of the Fashion-MNIST captions and its tokenizer. A caption is lower-cased
 * and split at whitespace into words; word {@code w} has id {@code WORDS.indexOf(w) + 1}, and id
 * {@value #PAD} pads a caption to {@value #MAX_TOKENS} tokens. The order is fixed (a model's
 * embedding rows are keyed by it): changing it breaks every checkpoint.
 *
 * <p>An unknown word is an {@link IllegalArgumentException} that names it and lists the vocabulary,
 * so a typo in {@code ganlab sample --text} says what to type instead.
 */
public final class Vocabulary {
  /** The id of padding after a caption's last word. */
  public static final int PAD = 0;

  /** Tokens per encoded caption; longer captions are refused. */
  public static final int MAX_TOKENS = 8;

  /**
   * The words in id order (ids from 1): articles, attributes, then the words of the class nouns
   * ({@link CaptionAttributes#NOUNS}) in class order.
   */
  public static final List<String> WORDS = words();

  /** Ids including {@link #PAD}: the rows of a token embedding. */
  public static final int SIZE = WORDS.size() + 1;

  private Vocabulary() {}

  private static List<String> words() {
    List<String> w = new ArrayList<>(List.of("a", "an", "dark", "light", "small", "large"));
    for (String noun : CaptionAttributes.NOUNS) {
      for (String part : noun.split(" ")) {
        if (!w.contains(part)) {
          w.add(part);
        }
      }
    }
    return List.copyOf(w);
  }

  /**
   * {@return the words of {@code caption}: lower case, split at whitespace}
   *
   * @param caption a caption such as "A dark Sneaker"
   * @throws IllegalArgumentException if the caption has no words or a word outside {@link #WORDS}
   */
  public static List<String> words(String caption) {
    String trimmed = caption == null ? "" : caption.trim().toLowerCase(Locale.ROOT);
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("the caption is empty; use words of " + WORDS);
    }
    List<String> words = Arrays.asList(trimmed.split("\\s+"));
    for (String w : words) {
      if (!WORDS.contains(w)) {
        throw new IllegalArgumentException(
            "unknown word '" + w + "' in caption '" + caption + "'; the vocabulary is " + WORDS);
      }
    }
    return words;
  }

  /**
   * {@return the token ids of {@code caption}, padded with {@link #PAD} to {@link #MAX_TOKENS}}
   *
   * @param caption a caption of at most {@link #MAX_TOKENS} known words
   * @throws IllegalArgumentException for an unknown word or too many words
   */
  public static int[] encode(String caption) {
    List<String> words = words(caption);
    if (words.size() > MAX_TOKENS) {
      throw new IllegalArgumentException(
          "caption '" + caption + "' has " + words.size() + " words; at most " + MAX_TOKENS);
    }
    int[] ids = new int[MAX_TOKENS];
    for (int i = 0; i < words.size(); i++) {
      ids[i] = WORDS.indexOf(words.get(i)) + 1;
    }
    return ids;
  }

  /**
   * {@return the caption of token ids: their words joined by spaces, padding dropped}
   *
   * @param ids token ids, each in [0, {@link #SIZE})
   */
  public static String decode(int[] ids) {
    List<String> words = new ArrayList<>();
    for (int id : ids) {
      if (id < 0 || id >= SIZE) {
        throw new IllegalArgumentException("token id " + id + " outside [0, " + SIZE + ")");
      }
      if (id != PAD) {
        words.add(WORDS.get(id - 1));
      }
    }
    return String.join(" ", words);
  }
}
