package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;

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
}
