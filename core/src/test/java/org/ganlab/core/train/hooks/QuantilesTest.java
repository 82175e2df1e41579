package org.ganlab.core.train.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantilesTest {
  @Test
  void interpolatesBetweenOrderStatistics() {
    // n = 5: h = q * 4; p5 -> 1 + 0.2, p50 -> 3, p95 -> 4 + 0.8 (numpy.percentile's values).
    double[] q = Quantiles.of(new double[] {5, 1, 4, 2, 3}, 0.05, 0.5, 0.95, 0, 1);
    assertThat(q[0]).isCloseTo(1.2, within(1e-12));
    assertThat(q[1]).isEqualTo(3.0);
    assertThat(q[2]).isCloseTo(4.8, within(1e-12));
    assertThat(q[3]).isEqualTo(1.0);
    assertThat(q[4]).isEqualTo(5.0);
  }

  @Test
  void singleValueIsEveryQuantile() {
    assertThat(Quantiles.of(new float[] {-2f}, 0.05, 0.95)).containsExactly(-2.0, -2.0);
  }

  @Test
  void rejectsEmptyInputAndBadProbabilities() {
    assertThatThrownBy(() -> Quantiles.of(new double[0], 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantiles.of(new double[] {1}, 1.5))
        .hasMessageContaining("[0, 1], got 1.5");
  }
}
