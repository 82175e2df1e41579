package org.ganlab.metrics.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ganlab.core.data.Rng;
import org.ganlab.core.data.text.Alphabet;
import org.ganlab.core.data.text.WordList;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Sampler;

/**
 * The floor of the text benchmarks: words of uniformly random letters, Shannon's (1948, "A
 * Mathematical Theory of Communication") zero-order approximation to English. Each word's length is
 * the length of a uniformly chosen training word, so the length column shows only sampling noise
 * and the n-gram columns measure the letters alone; every letter of the alphabet is equally likely.
 *
 * <p>A {@link Sampler} of one-hot rows, scored by {@link TextEvaluator} like a generator; the words
 * are a pure function of the seed pair.
 */
public final class UniformLetters extends WordSampler {
  private final int[] lengths;

  private UniformLetters(Alphabet alphabet, int length, int[] lengths) {
    super(alphabet, length);
    this.lengths = lengths;
  }

  /**
   * {@return random letters with the word lengths of {@code train}}
   *
   * @param train the training words whose lengths are copied
   */
  public static UniformLetters fit(WordList train) {
    int[] lengths = train.words().stream().mapToInt(String::length).toArray();
    return new UniformLetters(train.alphabet(), train.maxLength(), lengths);
  }

  @Override
  public List<String> words(long[] seedPair, int n) {
    Objects.requireNonNull(seedPair, "seedPair");
    Rng rng = new Rng(new Seeds(seedPair[0]).seed("uniform-letters", seedPair[1]));
    int letters = alphabet().size() - 1;
    List<String> words = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      int l = lengths[rng.nextInt(lengths.length)];
      StringBuilder sb = new StringBuilder(l);
      for (int i = 0; i < l; i++) {
        sb.append(alphabet().letter(1 + rng.nextInt(letters)));
      }
      words.add(sb.toString());
    }
    return words;
  }
}
