package org.ganlab.metrics.text;

import java.util.Collection;

/**
 * How many words have each length 0..maxLength: the length distribution of generated words, which
 * the n-gram statistics of Press et al. 2017 and Gulrajani et al. 2017 miss (a generator of short
 * words can match the n-grams of long ones). Compared by the total-variation distance, half the L1
 * distance between the two distributions, in [0, 1].
 */
public final class LengthHistogram {
  private final long[] counts;
  private final long total;

  private LengthHistogram(long[] counts, long total) {
    this.counts = counts;
    this.total = total;
  }

  /**
   * {@return the lengths of {@code words}, each at most {@code maxLength}}
   *
   * @param words the words to count
   * @param maxLength the longest length counted
   */
  public static LengthHistogram of(Collection<String> words, int maxLength) {
    long[] c = new long[maxLength + 1];
    for (String w : words) {
      if (w.length() > maxLength) {
        throw new IllegalArgumentException(
            "\"" + w + "\" is longer than the maximum length " + maxLength);
      }
      c[w.length()]++;
    }
    return new LengthHistogram(c, words.size());
  }

  /** {@return the number of words counted} */
  public long total() {
    return total;
  }

  /**
   * {@return the share of words of length {@code length}}
   *
   * @param length the word length
   */
  public double share(int length) {
    return total == 0 || length < 0 || length >= counts.length
        ? 0
        : (double) counts[length] / total;
  }

  /** {@return the mean length, 0 for no words} */
  public double mean() {
    double s = 0;
    for (int l = 0; l < counts.length; l++) {
      s += (double) l * counts[l];
    }
    return total == 0 ? 0 : s / total;
  }

  /**
   * {@return 1/2 sum_l |p(l) - q(l)| over all lengths of either histogram}
   *
   * @param other the histogram q to compare with
   */
  public double totalVariation(LengthHistogram other) {
    int max = Math.max(counts.length, other.counts.length);
    double s = 0;
    for (int l = 0; l < max; l++) {
      s += Math.abs(share(l) - other.share(l));
    }
    return s / 2;
  }
}
