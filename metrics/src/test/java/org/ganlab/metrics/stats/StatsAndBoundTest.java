package org.ganlab.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatsAndBoundTest {
  @Test
  void meanAndSampleStandardDeviation() {
    Stats s = Stats.of(List.of(2.0, 4.0, 9.0));
    assertThat(s.mean()).isEqualTo(5.0);
    // Sample variance: (9 + 1 + 16) / 2 = 13.
    assertThat(s.std()).isCloseTo(Math.sqrt(13), within(1e-15));
    assertThat(s.n()).isEqualTo(3);
    assertThat(s.format(3)).isEqualTo("5 ± 3.6");
    assertThat(Stats.of(List.of(0.123456)).format(3)).isEqualTo("0.123");
    assertThat(Stats.of(List.of()).format(3)).isEqualTo("–");
    assertThat(Stats.of(List.of(24.5, 25.0)).format(3)).isEqualTo("24.8 ± 0.35");
  }

  @Test
  void boundsOnMeansAbsoluteAndRelativeToAnotherRow() {
    Map<String, Map<String, Stats>> refs =
        Map.of("untrained", Map.of("fid", Stats.of(List.of(190.0, 210.0))));
    assertThat(Bound.atLeast("modes", 24).holds(24.0, refs)).isTrue();
    assertThat(Bound.atLeast("modes", 24).holds(23.9, refs)).isFalse();
    assertThat(Bound.atMost("fid", 10).holds(Double.NaN, refs)).isFalse();
    Bound half = Bound.atMostFractionOf("fid", 0.5, "untrained");
    assertThat(half.holds(100.0, refs)).isTrue();
    assertThat(half.holds(100.1, refs)).isFalse();
    assertThat(half.holds(1.0, Map.of())).as("a missing baseline never counts as met").isFalse();
    assertThat(half.toString()).isEqualTo("fid <= 0.500 x (untrained)");
  }

  @Test
  void withinOneStandardDeviationOfABaselineInEitherDirection() {
    // fp32 FID over three seeds: mean 10, sample std sqrt(((-1)^2 + 0 + 1^2) / 2) = 1.
    Map<String, Map<String, Stats>> refs =
        Map.of(
            "fp32",
            Map.of(
                "fid", Stats.of(List.of(9.0, 10.0, 11.0)),
                "recall", Stats.of(List.of(0.4, 0.5, 0.6))));
    Bound fid = Bound.withinOneStdOf("fid", false, "fp32");
    assertThat(fid.threshold(refs)).isCloseTo(11.0, within(1e-12));
    assertThat(fid.holds(11.0, refs)).isTrue();
    assertThat(fid.holds(11.01, refs)).isFalse();
    assertThat(fid.toString()).isEqualTo("fid <= 1 x (fp32) + 1 std");
    Bound recall = Bound.withinOneStdOf("recall", true, "fp32");
    assertThat(recall.threshold(refs)).isCloseTo(0.4, within(1e-12));
    assertThat(recall.holds(0.41, refs)).isTrue();
    assertThat(recall.holds(0.39, refs)).isFalse();
    assertThatThrownBy(() -> new Bound("fid", false, 10, Optional.empty(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fid");
  }
}
