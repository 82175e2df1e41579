package org.ganlab.metrics.text;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The character n-grams of a collection of words, counted: every run of n consecutive characters
 * inside a word (no boundary markers, so a word shorter than n has none), counted once per
 * occurrence. The n-gram statistics of text-GAN evaluation compare two such counts:
 *
 * <ul>
 *   <li>{@link #shareFoundIn}: %-IN-TEST-n of Press et al. 2017 ("Language Generation with
 *       Recurrent Generative Adversarial Networks without Pre-training"): the share of the
 *       <em>distinct</em> generated n-grams that occur in the held-out text (the authors' {@code
 *       percentage_real} iterates over distinct n-grams);
 *   <li>{@link #jsDivergence}: JS-n of Gulrajani et al. 2017 (section 5.5, {@code
 *       language_helpers.js_with}), the Jensen-Shannon divergence in bits between the two n-gram
 *       frequency distributions.
 * </ul>
 */
public final class NgramCounts {
  private final int n;
  private final Map<String, Long> counts;
  private final long total;

  private NgramCounts(int n, Map<String, Long> counts) {
    this.n = n;
    this.counts = ImmutableMap.copyOf(counts);
    this.total = counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * {@return the n-grams of {@code words}}
   *
   * @param words the words whose n-grams of letters are counted
   * @param n the n-gram length, at least 1
   */
  public static NgramCounts of(Collection<String> words, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, got " + n);
    }
    Map<String, Long> m = new HashMap<>();
    for (String w : words) {
      for (int i = 0; i + n <= w.length(); i++) {
        m.merge(w.substring(i, i + n), 1L, Long::sum);
      }
    }
    return new NgramCounts(n, m);
  }

  /** {@return the n of the n-grams} */
  public int n() {
    return n;
  }

  /**
   * {@return how often {@code gram} occurs}
   *
   * @param gram an n-gram
   */
  public long count(String gram) {
    return counts.getOrDefault(gram, 0L);
  }

  /** {@return the number of occurrences of all n-grams} */
  public long total() {
    return total;
  }

  /** {@return the distinct n-grams} */
  public Set<String> distinct() {
    return counts.keySet();
  }

  /**
   * {@return count(gram) / total, 0 when there are no n-grams}
   *
   * @param gram an n-gram
   */
  public double frequency(String gram) {
    return total == 0 ? 0 : (double) count(gram) / total;
  }

  /**
   * {@return the share of this collection's distinct n-grams that occur in {@code reference}; 0
   * when this collection has none (the authors' convention: nothing generated, nothing found)}
   *
   * @param reference the n-grams to look the distinct n-grams up in
   */
  public double shareFoundIn(NgramCounts reference) {
    requireSameN(reference);
    if (counts.isEmpty()) {
      return 0;
    }
    long found = counts.keySet().stream().filter(g -> reference.count(g) > 0).count();
    return (double) found / counts.size();
  }

  /**
   * {@return JS(P, Q) = (KL(P || M) + KL(Q || M)) / 2 with M = (P + Q) / 2 and logarithms to base
   * 2, so 0 for equal distributions and 1 for disjoint ones} A collection without n-grams counts as
   * disjoint from any other (1), and two empty ones as equal (0).
   *
   * @param other Q, the distribution to compare with
   */
  public double jsDivergence(NgramCounts other) {
    requireSameN(other);
    if (total == 0 || other.total == 0) {
      return total == other.total ? 0 : 1;
    }
    Set<String> union = new HashSet<>(counts.keySet());
    union.addAll(other.counts.keySet());
    double sum = 0;
    for (String g : union) {
      double p = frequency(g);
      double q = other.frequency(g);
      double m = (p + q) / 2;
      if (p > 0) {
        sum += p * Math.log(p / m);
      }
      if (q > 0) {
        sum += q * Math.log(q / m);
      }
    }
    return Math.max(0, sum / (2 * Math.log(2)));
  }

  private void requireSameN(NgramCounts other) {
    if (other.n != n) {
      throw new IllegalArgumentException(
          "cannot compare " + n + "-grams with " + other.n + "-grams");
    }
  }
}
