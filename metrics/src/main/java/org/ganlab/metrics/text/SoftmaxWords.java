package org.ganlab.metrics.text;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.data.text.Alphabet;

/**
 * Turns a character-level generator's output, a softmax over the alphabet at every position ([n,
 * length, symbols] row-major, Gulrajani et al. 2017, section 5.5), into words: the arg max at every
 * position (the lowest id on a tie), cut at the first end symbol ({@link Alphabet#END}). The arg
 * max is how the authors print their samples; it is deterministic, so the same output always gives
 * the same words. One-hot rows (real words, the baselines' samples, {@link #oneHot}) decode to
 * their words.
 */
public final class SoftmaxWords {
  private SoftmaxWords() {}

  /**
   * {@return the {@code n} words of {@code rows}}
   *
   * @param rows the generator's softmax rows, flattened [n, length, alphabet.size()]
   * @param n the number of words
   * @param length the rows per word
   * @param alphabet the symbols of the rows' columns
   * @throws IllegalArgumentException if {@code rows} does not hold n x length x alphabet.size()
   *     values
   */
  public static List<String> decode(float[] rows, int n, int length, Alphabet alphabet) {
    int symbols = alphabet.size();
    if (n < 0 || length <= 0 || (long) n * length * symbols != rows.length) {
      throw new IllegalArgumentException(
          "expected "
              + n
              + " x "
              + length
              + " x "
              + symbols
              + " softmax values, got "
              + rows.length);
    }
    List<String> words = new ArrayList<>(n);
    int[] ids = new int[length];
    for (int w = 0; w < n; w++) {
      for (int i = 0; i < length; i++) {
        int base = (w * length + i) * symbols;
        int best = 0;
        for (int s = 1; s < symbols; s++) {
          if (rows[base + s] > rows[base + best]) {
            best = s;
          }
        }
        ids[i] = best;
      }
      words.add(alphabet.decode(ids));
    }
    return words;
  }

  /**
   * {@return the one-hot rows of {@code words} ([n, length, symbols], end symbols after each word)}
   *
   * @param words the words, each at most {@code length} letters of {@code alphabet}
   * @param length the rows per word
   * @param alphabet the symbols of the columns
   */
  public static float[] oneHot(List<String> words, int length, Alphabet alphabet) {
    int perWord = length * alphabet.size();
    float[] rows = new float[words.size() * perWord];
    for (int i = 0; i < words.size(); i++) {
      alphabet.oneHot(words.get(i), length, rows, i * perWord);
    }
    return rows;
  }
}
