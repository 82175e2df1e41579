package org.ganlab.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
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
    Map<String, Map<String, Double>> means = Map.of("untrained", Map.of("fid", 200.0));
    assertThat(Bound.atLeast("modes", 24).holds(24.0, means)).isTrue();
    assertThat(Bound.atLeast("modes", 24).holds(23.9, means)).isFalse();
    assertThat(Bound.atMost("fid", 10).holds(Double.NaN, means)).isFalse();
    Bound half = Bound.atMostFractionOf("fid", 0.5, "untrained");
    assertThat(half.holds(100.0, means)).isTrue();
    assertThat(half.holds(100.1, means)).isFalse();
    assertThat(half.holds(1.0, Map.of())).as("a missing baseline never counts as met").isFalse();
    assertThat(half.toString()).isEqualTo("fid <= 0.500 x (untrained)");
  }
}
