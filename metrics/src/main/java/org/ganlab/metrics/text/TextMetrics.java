package org.ganlab.metrics.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.ganlab.core.data.text.WordSplit;

/**
 * Scores generated words against a {@link WordSplit}: whether they are words at all (in the whole
 * list), whether they are new (not in the training split), and how their character statistics
 * compare with the held-out words, which the model never saw: %-IN-TEST-n (Press et al. 2017,
 * "Language Generation with Recurrent Generative Adversarial Networks without Pre-training"), JS-n
 * (Gulrajani et al. 2017, "Improved Training of Wasserstein GANs", section 5.5) for n = 1..4, and
 * the length distribution. The held-out statistics are counted once, here.
 */
public final class TextMetrics {
  /** The longest n-gram scored (the papers report n = 1..4). */
  public static final int MAX_N = 4;

  private final WordSplit split;
  private final List<NgramCounts> heldOutGrams;
  private final LengthHistogram heldOutLengths;

  /**
   * Metrics against {@code split}'s held-out words.
   *
   * @param split the training and held-out words
   */
  public TextMetrics(WordSplit split) {
    this.split = Objects.requireNonNull(split, "split");
    List<NgramCounts> grams = new ArrayList<>();
    for (int n = 1; n <= MAX_N; n++) {
      grams.add(NgramCounts.of(split.heldOut().words(), n));
    }
    this.heldOutGrams = List.copyOf(grams);
    this.heldOutLengths = LengthHistogram.of(split.heldOut().words(), split.all().maxLength());
  }

  /** {@return the split scored against} */
  public WordSplit split() {
    return split;
  }

  /**
   * Scores {@code words} (decoded generator output: letters only, at most the list's maximum
   * length; an empty word is no word).
   *
   * @param words the generated words
   * @return the %-IN-TEST-n, JS-n and length scores of {@code words}
   * @throws IllegalArgumentException for an empty list or a word longer than the maximum length
   */
  public TextScores score(List<String> words) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("no generated words to score");
    }
    int real = 0;
    int novel = 0;
    for (String w : words) {
      if (split.all().contains(w)) {
        real++;
        if (!split.train().contains(w)) {
          novel++;
        }
      }
    }
    List<Double> inTest = new ArrayList<>();
    List<Double> js = new ArrayList<>();
    for (int n = 1; n <= MAX_N; n++) {
      NgramCounts g = NgramCounts.of(words, n);
      inTest.add(g.shareFoundIn(heldOutGrams.get(n - 1)));
      js.add(g.jsDivergence(heldOutGrams.get(n - 1)));
    }
    LengthHistogram lengths = LengthHistogram.of(words, split.all().maxLength());
    double count = words.size();
    return new TextScores(
        words.size(),
        real / count,
        novel / count,
        new HashSet<>(words).size() / count,
        inTest,
        js,
        lengths.totalVariation(heldOutLengths),
        lengths.mean());
  }
}
