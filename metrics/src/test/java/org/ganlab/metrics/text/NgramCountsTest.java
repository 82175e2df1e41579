package org.ganlab.metrics.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** n-gram counts, %-IN-TEST-n and JS-n on word lists small enough to count by hand. */
class NgramCountsTest {
  @Test
  void countsEveryRunOfNCharactersInsideAWord() {
    NgramCounts two = NgramCounts.of(List.of("abab", "ba"), 2);
    assertThat(two.count("ab")).isEqualTo(2);
    assertThat(two.count("ba")).isEqualTo(2);
    assertThat(two.total()).isEqualTo(4);
    assertThat(two.frequency("ab")).isEqualTo(0.5);
    NgramCounts three = NgramCounts.of(List.of("abab", "ba"), 3);
    // "ba" is shorter than 3: no trigram; "abab" has aba and bab.
    assertThat(three.distinct()).containsExactlyInAnyOrder("aba", "bab");
    assertThat(three.total()).isEqualTo(2);
    assertThatThrownBy(() -> NgramCounts.of(List.of("a"), 0)).hasMessageContaining("at least 1");
  }

  @Test
  void inTestIsTheShareOfDistinctGeneratedNgramsSeenInTheReference() {
    // generated bigrams {ab, bc, xy} (ab twice); held-out {ab, bd, bc}: ab and bc found -> 2/3
    NgramCounts generated = NgramCounts.of(List.of("abc", "xy", "ab"), 2);
    NgramCounts heldOut = NgramCounts.of(List.of("abd", "bc"), 2);
    assertThat(generated.shareFoundIn(heldOut)).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(NgramCounts.of(List.of("a", ""), 2).shareFoundIn(heldOut)).isZero();
  }

  @Test
  void jsDivergenceInBits() {
    // P = {a: 1/2, b: 1/2}, Q = {a, b, c, d: 1/4}, M = {a, b: 3/8, c, d: 1/8}:
    // KL(P||M) = log2(4/3), KL(Q||M) = 1/2 log2(2/3) + 1/2 log2(2), JS = their mean.
    NgramCounts p = NgramCounts.of(List.of("ab"), 1);
    NgramCounts q = NgramCounts.of(List.of("ab", "cd"), 1);
    double expected = 0.5 * (log2(4.0 / 3) + 0.5 * log2(2.0 / 3) + 0.5);
    assertThat(expected).isCloseTo(0.311278, within(1e-6));
    assertThat(p.jsDivergence(q)).isCloseTo(expected, within(1e-12));
    assertThat(q.jsDivergence(p)).isCloseTo(expected, within(1e-12));
    assertThat(p.jsDivergence(NgramCounts.of(List.of("ba", "ab"), 1))).isZero();
    assertThat(p.jsDivergence(NgramCounts.of(List.of("cd"), 1))).isCloseTo(1, within(1e-12));
  }

  @Test
  void emptyCollectionsAreDisjointFromAnyOtherAndEqualToEachOther() {
    NgramCounts none = NgramCounts.of(List.of("a"), 2);
    NgramCounts some = NgramCounts.of(List.of("ab"), 2);
    assertThat(none.jsDivergence(some)).isEqualTo(1);
    assertThat(some.jsDivergence(none)).isEqualTo(1);
    assertThat(none.jsDivergence(NgramCounts.of(List.of(), 2))).isZero();
    assertThatThrownBy(() -> none.jsDivergence(NgramCounts.of(List.of("a"), 1)))
        .hasMessage("cannot compare 2-grams with 1-grams");
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
