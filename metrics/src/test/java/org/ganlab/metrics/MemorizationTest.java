package org.ganlab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Nearest training neighbours and the memorization share on points whose distances are exact. */
class MemorizationTest {
  private static final FeatureMatrix TRAIN = FeatureMatrix.of(new double[][] {{0, 0}, {10, 0}});

  @Test
  void nearestNeighboursByEuclideanDistance() {
    NearestNeighbours nn =
        NearestNeighbours.of(FeatureMatrix.of(new double[][] {{0, 0.5}, {9, 0}, {13, 4}}), TRAIN);
    assertThat(nn.indices()).containsExactly(0, 1, 1);
    assertThat(nn.distances()[0]).isCloseTo(0.5, within(1e-12));
    assertThat(nn.distances()[1]).isCloseTo(1.0, within(1e-12));
    assertThat(nn.distances()[2]).isCloseTo(5.0, within(1e-12));
  }

  @Test
  void shareOfSamplesCloserThanTheFirstPercentileOfTestDistances() {
    // Test distances 1, 2, 3: 1st percentile 1 + 0.02 * (2 - 1) = 1.02.
    FeatureMatrix test = FeatureMatrix.of(new double[][] {{1, 0}, {0, 2}, {10, 3}});
    // Generated distances 0.5, 1, 4, 0: three of four below 1.02 (the last one is a copy).
    FeatureMatrix generated = FeatureMatrix.of(new double[][] {{0, 0.5}, {9, 0}, {4, 0}, {10, 0}});
    Memorization m = Memorization.of(generated, test, TRAIN);
    assertThat(m.threshold()).isCloseTo(1.02, within(1e-12));
    assertThat(m.shareBelowThreshold()).isEqualTo(0.75);
    assertThat(m.medianTest()).isCloseTo(2.0, within(1e-12));
    assertThat(m.medianGenerated()).isCloseTo(0.75, within(1e-12));
    assertThat(m.generated().indices()).containsExactly(0, 1, 0, 1);
    assertThat(m.closest(2)).containsExactly(3, 0);
  }

  @Test
  void rejectsFeaturesOfDifferentWidths() {
    assertThatThrownBy(
            () -> NearestNeighbours.of(FeatureMatrix.of(new double[][] {{1, 2, 3}}), TRAIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 features, references 2");
  }
}
