package org.ganlab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class InceptionScoreTest {
  private final double[][] probs = Fixtures.matrix("is_probs.npy").toArray();

  @Test
  void tenSplitsMatchTheOriginalCode() {
    InceptionScore.Result r = new InceptionScore().compute(probs);
    assertThat(r.mean()).isCloseTo(Fixtures.expected("is.split10.mean"), within(1e-12));
    assertThat(r.std()).isCloseTo(Fixtures.expected("is.split10.std"), within(1e-12));
  }

  @Test
  void oneSplitMatchesAndHasNoSpread() {
    InceptionScore.Result r = new InceptionScore(new InceptionScore.Config(1)).compute(probs);
    assertThat(r.mean()).isCloseTo(Fixtures.expected("is.split1.mean"), within(1e-12));
    assertThat(r.std()).isZero();
  }

  @Test
  void confidentAndDiverseScoresTheNumberOfClasses() {
    // One-hot predictions spread evenly over 10 classes: KL = log 10 for every sample.
    double[][] p = new double[100][10];
    for (int i = 0; i < 100; i++) {
      p[i][i % 10] = 1.0;
    }
    InceptionScore.Result r = new InceptionScore().compute(p);
    assertThat(r.mean()).isCloseTo(10.0, within(1e-12));
  }

  @Test
  void uniformPredictionsScoreOne() {
    double[][] p = new double[50][4];
    for (double[] row : p) {
      java.util.Arrays.fill(row, 0.25);
    }
    assertThat(new InceptionScore().compute(p).mean()).isCloseTo(1.0, within(1e-15));
  }

  @Test
  void rejectsLogitsAndTooFewRows() {
    assertThatThrownBy(() -> new InceptionScore().compute(new double[][] {{2.0, -1.0}}))
        .hasMessageContaining("need at least 10 rows");
    double[][] logits = new double[10][2];
    for (double[] row : logits) {
      row[0] = 0.9;
      row[1] = 0.9;
    }
    assertThatThrownBy(() -> new InceptionScore().compute(logits))
        .hasMessageContaining("sums to 1.8");
  }
}
