package org.ganlab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RocCurveTest {
  @Test
  void pointsByHandWithATie() {
    // Scores 0.9 (a), 0.5 (a), 0.5 (n), 0.1 (n): thresholds 0.9, 0.5 (a tie of both), 0.1.
    RocCurve c =
        RocCurve.of(new double[] {0.9, 0.5, 0.5, 0.1}, new boolean[] {true, true, false, false});
    assertThat(c.falsePositiveRate()).containsExactly(0, 0, 0.5, 1);
    assertThat(c.truePositiveRate()).containsExactly(0, 0.5, 1, 1);
    // 0.5 * 1 (tie) + 0.5 * 1 = 0.875 = Auroc's 3.5 of 4 pairs.
    assertThat(c.area()).isEqualTo(0.875);
  }

  @Test
  void areaIsTheAurocOnRandomScoresWithTies() {
    Random r = new Random(4);
    double[] s = new double[500];
    boolean[] a = new boolean[500];
    for (int i = 0; i < s.length; i++) {
      a[i] = r.nextBoolean();
      s[i] = Math.round(r.nextGaussian() * 4 + (a[i] ? 2 : 0)) / 4.0;
    }
    assertThat(RocCurve.of(s, a).area()).isCloseTo(Auroc.of(s, a), within(1e-12));
  }
}
