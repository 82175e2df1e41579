package org.ganlab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClassBalanceTest {
  @Test
  void sharesTotalVariationAndAmplificationByHand() {
    // 8 samples over 4 classes: shares 1/2, 1/4, 1/8, 1/8.
    int[] predicted = {0, 0, 0, 0, 1, 1, 2, 3};
    double[] data = {0.4, 0.4, 0.1, 0.1};
    ClassBalance.Result r = new ClassBalance().compute(predicted, data);

    assertThat(r.generated()).containsExactly(0.5, 0.25, 0.125, 0.125);
    // 0.5 * (0.1 + 0.15 + 0.025 + 0.025)
    assertThat(r.totalVariation()).isCloseTo(0.15, within(1e-15));
    // Classes 2 and 3 are below the uniform 0.25: 0.25 of the samples against 0.2 of the data.
    assertThat(r.minorityClasses()).containsExactly(2, 3);
    assertThat(r.minorityAmplification()).isCloseTo(1.25, within(1e-15));
  }

  @Test
  void balancedDataHasNoMinorityAndEqualSharesHaveNoDistance() {
    ClassBalance.Result r =
        new ClassBalance()
            .compute(new int[] {0, 1, 2, 2, 1, 0}, new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0});
    assertThat(r.totalVariation()).isCloseTo(0, within(1e-15));
    assertThat(r.minorityClasses()).isEmpty();
    assertThat(r.minorityAmplification()).isNaN();
  }

  @Test
  void distributionCountsLabelsAndRejectsOutOfRange() {
    assertThat(ClassBalance.distribution(new int[] {2, 2, 0, 1}, 4))
        .containsExactly(0.25, 0.25, 0.5, 0.0);
    assertThatThrownBy(() -> ClassBalance.distribution(new int[] {0, 4}, 4))
        .hasMessageContaining("label 4 of example 1 outside [0, 4)");
    assertThatThrownBy(() -> new ClassBalance().compute(new int[] {0}, new double[] {0.5, 0.4}))
        .hasMessageContaining("sum to 0.9");
  }
}
