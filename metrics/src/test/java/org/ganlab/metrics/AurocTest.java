package org.ganlab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AurocTest {
  @Test
  void countsOrderedPairsByHandWithTiesAsOneHalf() {
    // Anomalous 0.8, 0.4, 0.4; normal 0.1, 0.4, 0.9. Pairs (a > n): 0.8 beats 0.1 and 0.4 (2),
    // each 0.4 beats 0.1 and ties 0.4 (1.5 each): 5 of 9.
    double[] scores = {0.8, 0.4, 0.4, 0.1, 0.4, 0.9};
    boolean[] anomalous = {true, true, true, false, false, false};
    assertThat(Auroc.of(scores, anomalous)).isCloseTo(5.0 / 9, within(1e-15));
  }

  @Test
  void perfectReversedAndConstantRankings() {
    boolean[] anomalous = {false, false, true, true};
    assertThat(Auroc.of(new double[] {1, 2, 3, 4}, anomalous)).isEqualTo(1.0);
    assertThat(Auroc.of(new double[] {4, 3, 2, 1}, anomalous)).isEqualTo(0.0);
    assertThat(Auroc.of(new double[] {7, 7, 7, 7}, anomalous)).isEqualTo(0.5);
  }

  @Test
  void agreesWithTheMannWhitneyStatisticOfScipy() {
    // scipy.stats.mannwhitneyu([0.3, 0.9, 0.3, 0.6], [0.2, 0.5, 0.1, 0.3]).statistic / 16
    // = 0.8125 (the 0.3 ties across the classes count one half), as roc_auc_score gives.
    double[] scores = {0.3, 0.2, 0.9, 0.3, 0.5, 0.1, 0.6, 0.3};
    boolean[] anomalous = {true, false, true, true, false, false, true, false};
    assertThat(Auroc.of(scores, anomalous)).isCloseTo(0.8125, within(1e-15));
  }

  @Test
  void rejectsOneClassAndNonFiniteScores() {
    assertThatThrownBy(() -> Auroc.of(new double[] {1, 2}, new boolean[] {true, true}))
        .hasMessageContaining("anomalous and normal examples, got 2 and 0");
    assertThatThrownBy(() -> Auroc.of(new double[] {1, Double.NaN}, new boolean[] {true, false}))
        .hasMessageContaining("score NaN of example 1 is not finite");
  }
}
