package org.ganlab.metrics.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ganlab.core.data.Rng;
import org.ganlab.core.data.text.Alphabet;
import org.ganlab.core.data.text.WordList;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Sampler;

/**
 * A character n-gram (Markov) model of words (Shannon 1948, "A Mathematical Theory of
 * Communication": the n-gram approximations to English), the classical baseline a text GAN must
 * beat: the next character (or the end of the word) is drawn with the frequency it follows the
 * previous n - 1 characters in the training words (maximum likelihood, no smoothing, so it only
 * writes transitions it has seen). A word starts after n - 1 boundary symbols and stops at the end
 * symbol or at the list's maximum length. Order 1 draws letters by their frequency alone.
 *
 * <p>It is a {@link Sampler} of one-hot rows, so {@link TextEvaluator} scores it with the same code
 * as a generator. The words are a pure function of the seed pair ({@link Rng} seeded from it).
 */
public final class CharNgramModel extends WordSampler {
  private final int order;
  // context (n - 1 symbol ids, END standing for "before the word") -> counts of the next symbol
  private final Map<String, long[]> next;

  private CharNgramModel(int order, Alphabet alphabet, int length, Map<String, long[]> next) {
    super(alphabet, length);
    this.order = order;
    this.next = Map.copyOf(next);
  }

  /**
   * {@return the order-{@code n} model of {@code train}'s words (fit on the training split only)}
   *
   * @param train the training words
   * @param n the order: each letter depends on the {@code n - 1} before it
   */
  public static CharNgramModel fit(WordList train, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n-gram order must be at least 1, got " + n);
    }
    Alphabet a = train.alphabet();
    Map<String, long[]> next = new HashMap<>();
    for (String w : train.words()) {
      int[] context = new int[n - 1];
      for (int i = 0; i <= w.length(); i++) {
        int id = i < w.length() ? a.id(w.charAt(i)) : Alphabet.END;
        next.computeIfAbsent(key(context), k -> new long[a.size()])[id]++;
        shift(context, id);
      }
    }
    return new CharNgramModel(n, a, train.maxLength(), next);
  }

  /** {@return the n of the model} */
  public int order() {
    return order;
  }

  @Override
  public List<String> words(long[] seedPair, int n) {
    Objects.requireNonNull(seedPair, "seedPair");
    Rng rng = new Rng(new Seeds(seedPair[0]).seed("char-ngram", seedPair[1]));
    List<String> words = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      StringBuilder sb = new StringBuilder(length());
      int[] context = new int[order - 1];
      while (sb.length() < length()) {
        int id = draw(next.get(key(context)), rng);
        if (id == Alphabet.END) {
          break;
        }
        sb.append(alphabet().letter(id));
        shift(context, id);
      }
      words.add(sb.toString());
    }
    return words;
  }

  // Every context reached while sampling was seen in training (it is the prefix of a training word
  // that continued), so its counts exist and sum to at least 1.
  private static int draw(long[] counts, Rng rng) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    long r = (long) (rng.nextDouble() * total);
    for (int id = 0; id < counts.length; id++) {
      r -= counts[id];
      if (r < 0) {
        return id;
      }
    }
    return counts.length - 1; // unreachable: r < total
  }

  private static void shift(int[] context, int id) {
    if (context.length > 0) {
      System.arraycopy(context, 1, context, 0, context.length - 1);
      context[context.length - 1] = id;
    }
  }

  private static String key(int[] context) {
    StringBuilder sb = new StringBuilder(context.length);
    for (int id : context) {
      sb.append((char) id);
    }
    return sb.toString();
  }
}
