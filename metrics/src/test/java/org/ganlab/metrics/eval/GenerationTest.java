package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;

class GenerationTest {
  @Test
  void drawsInChunksOfItsOwnStreamAndConcatenates() {
    Seeds seeds = new Seeds(7);
    FixedSampler s = new FixedSampler(new int[] {2}, 0, i -> new float[] {i, -i});
    float[] x = Generation.generate(s, seeds, 1200, null);

    assertThat(s.calls).extracting(FixedSampler.Call::n).containsExactly(500, 500, 200);
    for (int c = 0; c < 3; c++) {
      assertThat(s.calls.get(c).seedPair()).containsExactly(seeds.pair("eval/latent", c));
      assertThat(s.calls.get(c).labels()).isNull();
    }
    assertThat(x).hasSize(2400);
    for (int i = 0; i < 1200; i++) {
      assertThat(x[2 * i]).isEqualTo((float) i);
      assertThat(x[2 * i + 1]).isEqualTo((float) -i);
    }
  }

  @Test
  void handsEachChunkItsSliceOfTheLabels() {
    int[] labels = Generation.balancedLabels(503, 10);
    assertThat(labels).startsWith(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0);
    assertThat(labels[502]).isEqualTo(2);
    FixedSampler s = new FixedSampler(new int[] {1}, 10, y -> new float[] {y});
    float[] x = Generation.generate(s, new Seeds(0), 503, labels);

    assertThat(s.calls.get(0).labels()).hasSize(500).startsWith(0, 1, 2);
    assertThat(s.calls.get(1).labels()).containsExactly(0, 1, 2);
    for (int i = 0; i < 503; i++) {
      assertThat(x[i]).isEqualTo((float) (i % 10));
    }
  }

  @Test
  void labelsAtEqualSharesAreTheBalancedLabels() {
    for (int n : new int[] {1, 7, 10, 500, 503, 2000}) {
      double[] uniform = new double[10];
      Arrays.fill(uniform, 0.1);
      assertThat(Generation.labelsAt(n, uniform)).isEqualTo(Generation.balancedLabels(n, 10));
    }
  }

  @Test
  void labelsAtFollowTheSharesInEveryPrefix() {
    // Two classes at 1/22 and two at 10/22 of 44 samples: 2, 2, 20 and 20 by hand.
    double[] shares = {1 / 22.0, 10 / 22.0, 1 / 22.0, 10 / 22.0};
    int[] y = Generation.labelsAt(44, shares);
    int[] count = new int[4];
    for (int i = 0; i < y.length; i++) {
      count[y[i]]++;
      for (int c = 0; c < 4; c++) {
        assertThat((double) count[c]).isCloseTo(shares[c] * (i + 1), within(1.0));
      }
    }
    assertThat(count).containsExactly(2, 20, 2, 20);
    // Largest remainders: 10 samples at 0.25/0.75 are 2.5 and 7.5, the tie goes to class 0.
    int[] ten = Generation.labelsAt(10, new double[] {0.25, 0.75});
    assertThat(Arrays.stream(ten).filter(l -> l == 0).count()).isEqualTo(3);
  }
}
