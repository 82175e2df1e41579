package org.ganlab.metrics.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of a set of generated words ({@link TextMetrics#score}), in the order of {@link
 * #NAMES}: the share of real words, of novel real words and of distinct words, %-IN-TEST-n (Press
 * et al. 2017) and JS-n (Gulrajani et al. 2017) for n = 1..{@link TextMetrics#MAX_N}, and the
 * length distribution's total-variation distance to the held-out words and mean.
 *
 * @param count the number of generated words scored
 * @param realWords share of generated words that are in the whole list
 * @param novelWords share of generated words that are in the whole list but not in the training
 *     split (real words the model did not see)
 * @param distinctWords distinct generated words / count
 * @param inTest %-IN-TEST-n, index n - 1: share of distinct generated n-grams found in held-out
 *     words
 * @param js JS-n, index n - 1: Jensen-Shannon divergence (bits) of n-gram frequencies to held-out
 * @param lengthTv total-variation distance of the length distribution to the held-out words'
 * @param meanLength mean generated length (characters before the end symbol)
 */
public record TextScores(
    int count,
    double realWords,
    double novelWords,
    double distinctWords,
    List<Double> inTest,
    List<Double> js,
    double lengthTv,
    double meanLength) {
  /** The metric names, as eval.csv and benchmark columns. */
  public static final List<String> NAMES = names();

  /**
   * Copies the lists and checks their lengths.
   *
   * @param count the number of generated words scored
   * @param realWords share of generated words that are in the whole list
   * @param novelWords share of generated words that are in the whole list but not in the training
   *     split (real words the model did not see)
   * @param distinctWords distinct generated words / count
   * @param inTest %-IN-TEST-n, index n - 1: share of distinct generated n-grams found in held-out
   *     words
   * @param js JS-n, index n - 1: Jensen-Shannon divergence (bits) of n-gram frequencies to held-out
   * @param lengthTv total-variation distance of the length distribution to the held-out words'
   * @param meanLength mean generated length (characters before the end symbol)
   */
  public TextScores {
    inTest = List.copyOf(inTest);
    js = List.copyOf(js);
    if (inTest.size() != TextMetrics.MAX_N || js.size() != TextMetrics.MAX_N) {
      throw new IllegalArgumentException(
          "need " + TextMetrics.MAX_N + " values of each n-gram score");
    }
  }

  /**
   * {@return %-IN-TEST-n for n in 1..MAX_N}
   *
   * @param n the n-gram length, in 1..MAX_N
   */
  public double inTest(int n) {
    return inTest.get(n - 1);
  }

  /**
   * {@return JS-n for n in 1..MAX_N}
   *
   * @param n the n-gram length, in 1..MAX_N
   */
  public double js(int n) {
    return js.get(n - 1);
  }

  /** {@return every score under its name of {@link #NAMES}, in that order} */
  public Map<String, Number> asMap() {
    Map<String, Number> m = new LinkedHashMap<>();
    m.put("real_words", realWords);
    m.put("novel_words", novelWords);
    m.put("distinct_words", distinctWords);
    for (int n = 1; n <= TextMetrics.MAX_N; n++) {
      m.put("in_test_" + n, inTest(n));
    }
    for (int n = 1; n <= TextMetrics.MAX_N; n++) {
      m.put("js_" + n, js(n));
    }
    m.put("length_tv", lengthTv);
    m.put("mean_length", meanLength);
    return m;
  }

  private static List<String> names() {
    List<String> n = new ArrayList<>(List.of("real_words", "novel_words", "distinct_words"));
    for (int i = 1; i <= TextMetrics.MAX_N; i++) {
      n.add("in_test_" + i);
    }
    for (int i = 1; i <= TextMetrics.MAX_N; i++) {
      n.add("js_" + i);
    }
    n.add("length_tv");
    n.add("mean_length");
    return List.copyOf(n);
  }
}
