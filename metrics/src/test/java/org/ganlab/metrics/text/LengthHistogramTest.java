package org.ganlab.metrics.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Length shares, mean and total-variation distance. */
class LengthHistogramTest {
  @Test
  void totalVariationIsHalfTheL1DistanceOfTheShares() {
    // p: 1 -> 1/4, 2 -> 1/2, 3 -> 1/4; q: 2 -> 1/2, 4 -> 1/2; |p - q| sums to 1/4 + 0 + 1/4 + 1/2
    LengthHistogram p = LengthHistogram.of(List.of("a", "ab", "ab", "abc"), 4);
    LengthHistogram q = LengthHistogram.of(List.of("ab", "abcd"), 4);
    assertThat(p.share(2)).isEqualTo(0.5);
    assertThat(p.mean()).isEqualTo(2.0);
    assertThat(p.totalVariation(q)).isCloseTo(0.5, within(1e-15));
    assertThat(q.totalVariation(p)).isCloseTo(0.5, within(1e-15));
    assertThat(p.totalVariation(p)).isZero();
    // The empty word has length 0.
    assertThat(LengthHistogram.of(List.of("", "abcd"), 4).mean()).isEqualTo(2.0);
  }

  @Test
  void aWordLongerThanTheMaximumIsRejected() {
    assertThatThrownBy(() -> LengthHistogram.of(List.of("abc"), 2))
        .hasMessage("\"abc\" is longer than the maximum length 2");
  }
}
