package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ganlab.core.data.GaussianMixture2D;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.LatentInterpolation;
import org.ganlab.core.train.LatentSampler;
import org.junit.jupiter.api.Test;

/** An interpolation grid's end columns are the plain samples of the same fixed codes. */
class LatentInterpolationTest {
  @Test
  void endpointsEqualThePlainSamples() {
    TrainingPreset preset = MlpGan.standard().withHiddenUnits(16).training().withBatchSize(8);
    try (GanTrainer<GanModel> t =
        preset.trainer(GaussianMixture2D.ring8().source(new Seeds(2)), 2)) {
      LatentSampler sampler = new LatentSampler(t, 0);
      long[] seed = new Seeds(2).pair("fixed-latent", 0);
      int rows = 3;
      int steps = 5;
      float[] grid = LatentInterpolation.grid(sampler, seed, rows, steps, null);
      float[] plain = sampler.sample(seed, 2 * rows, null);
      assertThat(grid).hasSize(rows * steps * 2);
      for (int i = 0; i < rows; i++) {
        for (int c = 0; c < 2; c++) {
          assertThat(grid[(i * steps) * 2 + c]).isCloseTo(plain[i * 2 + c], within(1e-5f));
          assertThat(grid[(i * steps + steps - 1) * 2 + c])
              .isCloseTo(plain[(rows + i) * 2 + c], within(1e-5f));
        }
      }
      // The middle of a row is a new point, not one of its ends.
      assertThat(grid[2 * 2]).isNotEqualTo(grid[0]);
    }
  }
}
