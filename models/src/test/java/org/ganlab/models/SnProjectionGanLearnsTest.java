package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.LatentSampler;
import org.ganlab.core.train.StepRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The projection cGAN with spectral norm and conditional batch norm on labelled Fashion-MNIST with
 * narrow networks and its paper's recipe (hinge, n_critic 5): the hinge loss falls, every spectral
 * norm's u follows its weight (the projection embedding's too), the per-class gains of G's
 * conditional batch norm move apart from their common start, so one latent code gives different
 * images for different classes, and a resumed run repeats an uninterrupted one bit for bit.
 */
class SnProjectionGanLearnsTest {
  private static final int STEPS = 30;
  private static final long SEED = 21;
  private static final int CLASSES = 10;

  private static GanTrainer<GanModel> trainer() {
    return SnProjectionGan.standard(CLASSES)
        .withFilters(8)
        .withLatentDim(16)
        .training()
        .withBatchSize(32)
        .trainer(TestData.FASHION.trainSource(new Seeds(SEED)), SEED);
  }

  @Test
  void hingeLossFallsAndTheClassReachesTheGenerator() {
    List<StepRecord> records = new ArrayList<>();
    try (GanTrainer<GanModel> t = trainer()) {
      assertThat(t.checkpointVariables())
          .contains(
              "discriminator/conv1/u",
              "discriminator/logit/u",
              "discriminator/projection/u",
              "generator/project_cbn_gamma/table",
              "generator/deconv1_cbn_beta/table");
      float[] u0 = SessionValues.floats(t.session(), "discriminator/projection/u");
      float[] gamma0 = SessionValues.floats(t.session(), "generator/deconv1_cbn_gamma/table");
      assertThat(gamma0).containsOnly(1f);
      t.train(STEPS, (tr, r, nanos) -> records.add(r));
      assertThat(SessionValues.floats(t.session(), "discriminator/projection/u")).isNotEqualTo(u0);
      float[] gamma = SessionValues.floats(t.session(), "generator/deconv1_cbn_gamma/table");
      int width = gamma.length / CLASSES;
      assertThat(Arrays.copyOfRange(gamma, 0, width))
          .isNotEqualTo(Arrays.copyOfRange(gamma, width, 2 * width));
      LatentSampler sampler = new LatentSampler(t, CLASSES);
      long[] seed = {3, 4};
      float[] shirts = sampler.sample(seed, 4, new int[] {0, 0, 0, 0});
      float[] trousers = sampler.sample(seed, 4, new int[] {1, 1, 1, 1});
      // Early in training the classes' gains are still close, so the images differ only slightly.
      assertThat(meanAbsDifference(shirts, trousers)).isGreaterThan(1e-5);
    }
    records.forEach(r -> assertThat(r.firstNonFinite()).isNull());
    double early = meanDLoss(records.subList(0, 3));
    double late = meanDLoss(records.subList(STEPS - 10, STEPS));
    System.out.printf("SN projection cGAN: hinge D loss %.3f -> %.3f%n", early, late);
    assertThat(late).isLessThan(early - 0.2);
  }

  @Test
  void resumeRepeatsTheUninterruptedRun(@TempDir Path dir) {
    Path ckpt = dir.resolve("step-000002");
    List<StepRecord> a = new ArrayList<>();
    try (GanTrainer<GanModel> t = trainer()) {
      t.train(2);
      t.save(ckpt);
      t.train(2, (tr, r, nanos) -> a.add(r));
    }
    List<StepRecord> b = new ArrayList<>();
    try (GanTrainer<GanModel> t = trainer()) {
      t.restore(ckpt);
      t.train(2, (tr, r, nanos) -> b.add(r));
    }
    assertThat(b).hasSize(2).containsExactlyElementsOf(a);
  }

  private static double meanDLoss(List<StepRecord> rs) {
    return rs.stream().mapToDouble(StepRecord::discriminatorLoss).average().orElseThrow();
  }

  private static double meanAbsDifference(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += Math.abs(a[i] - b[i]);
    }
    return s / a.length;
  }
}
