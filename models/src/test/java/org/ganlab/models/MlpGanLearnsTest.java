package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.data.GaussianMixture2D;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.LatentSampler;
import org.ganlab.core.train.StepRecord;
import org.junit.jupiter.api.Test;

/**
 * The MLP GAN preset on the ring of 8 Gaussians (radius 2): samples start near the origin and move
 * out to the ring.
 */
class MlpGanLearnsTest {
  private static final int STEPS = 300;

  @Test
  void samplesMoveToTheRing() {
    GaussianMixture2D ring = GaussianMixture2D.ring8();
    // The standard recipe with narrower layers and smaller batches, to keep the test short.
    TrainingPreset preset = MlpGan.standard().withHiddenUnits(128).training().withBatchSize(64);
    List<StepRecord> records = new ArrayList<>();
    try (GanTrainer<GanModel> t = preset.trainer(ring.source(new Seeds(5)), 5)) {
      LatentSampler sampler = new LatentSampler(t, 0);
      long[] seed = new Seeds(5).pair("fixed-latent", 0);
      double before = meanRadiusError(sampler.sample(seed, 512, null));
      t.train(STEPS, (tr, r, nanos) -> records.add(r));
      double after = meanRadiusError(sampler.sample(seed, 512, null));
      System.out.printf("MLP GAN ring8: mean | |x| - 2 | %.3f -> %.3f%n", before, after);
      assertThat(records).allSatisfy(r -> assertThat(r.firstNonFinite()).isNull());
      assertThat(before).isGreaterThan(1.0);
      assertThat(after).isLessThan(0.5 * before);
    }
  }

  /** Mean over samples of | |x| - 2 |, the distance to the ring the data lies on. */
  static double meanRadiusError(float[] xy) {
    double sum = 0;
    int n = xy.length / 2;
    for (int i = 0; i < n; i++) {
      sum += Math.abs(Math.hypot(xy[2 * i], xy[2 * i + 1]) - 2);
    }
    return sum / n;
  }
}
