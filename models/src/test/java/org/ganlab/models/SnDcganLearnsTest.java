package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.types.TFloat32;

/**
 * The SN-DCGAN preset (hinge loss, spectrally normalized D) on Fashion-MNIST with narrow networks:
 * the discriminator's hinge loss falls from its starting value, the power iteration keeps track of
 * the changing weights, and a resumed run repeats an uninterrupted one bit for bit (u is in the
 * checkpoint).
 */
class SnDcganLearnsTest {
  private static final int STEPS = 80;

  private static TrainingPreset preset() {
    return SnDcgan.standard().withFilters(16).withLatentDim(32).training().withBatchSize(32);
  }

  private static GanTrainer<GanModel> trainer() {
    return preset().trainer(TestData.FASHION.trainSource(new Seeds(13)), 13);
  }

  @Test
  void hingeLossFallsAndSigmaTracksTheWeights() {
    List<StepRecord> records = new ArrayList<>();
    try (GanTrainer<GanModel> t = trainer()) {
      assertThat(t.checkpointVariables())
          .contains("discriminator/conv1/u", "discriminator/conv2/u", "discriminator/logit/u");
      float[] u0 = fetch(t.session(), "discriminator/conv2/u");
      t.train(STEPS, (tr, r, nanos) -> records.add(r));
      assertThat(fetch(t.session(), "discriminator/conv2/u")).isNotEqualTo(u0);
      // The estimate after training against the true largest singular value of the [4*4*16, 32]
      // kernel, computed here by 2000 power iterations in double precision.
      float[] kernel = fetch(t.session(), "discriminator/conv2/kernel");
      double estimate = fetch(t.session(), "discriminator/conv2/spectral_norm/sigma")[0];
      assertThat(estimate / largestSingularValue(kernel, 32)).isCloseTo(1, within(0.01));
    }
    records.forEach(r -> assertThat(r.firstNonFinite()).isNull());
    double early = meanDLoss(records.subList(0, 5));
    double late = meanDLoss(records.subList(STEPS - 20, STEPS));
    System.out.printf("SN-DCGAN: hinge D loss %.3f -> %.3f%n", early, late);
    assertThat(late).isLessThan(early - 0.3);
  }

  @Test
  void resumeRepeatsTheUninterruptedRun(@TempDir Path dir) {
    Path ckpt = dir.resolve("step-000004");
    List<StepRecord> a = new ArrayList<>();
    try (GanTrainer<GanModel> t = trainer()) {
      t.train(4);
      t.save(ckpt);
      t.train(4, (tr, r, nanos) -> a.add(r));
    }
    List<StepRecord> b = new ArrayList<>();
    try (GanTrainer<GanModel> t = trainer()) {
      t.restore(ckpt);
      t.train(4, (tr, r, nanos) -> b.add(r));
    }
    assertThat(b).hasSize(4).containsExactlyElementsOf(a);
  }

  @Test
  void selfAttentionAddsOneBlockToEachNetworkAndResumesBitForBit(@TempDir Path dir) {
    TrainingPreset attention =
        SnDcgan.standard()
            .withFilters(16)
            .withLatentDim(32)
            .withSelfAttention(true)
            .training()
            .withBatchSize(32);
    long plain;
    try (GanTrainer<GanModel> t = trainer()) {
      plain = parameters(t);
    }
    Path ckpt = dir.resolve("step-000003");
    List<StepRecord> a = new ArrayList<>();
    try (GanTrainer<GanModel> t =
        attention.trainer(TestData.FASHION.trainSource(new Seeds(13)), 13)) {
      // Per network: f, g, h are 16 -> 2 and v is 2 -> 16 (1x1, no bias), and gamma: 4 * 32 + 1.
      assertThat(parameters(t) - plain).isEqualTo(2 * (4 * 16 * 2 + 1));
      assertThat(t.checkpointVariables()).contains("discriminator/attention_f/u");
      t.train(3);
      t.save(ckpt);
      t.train(3, (tr, r, nanos) -> a.add(r));
    }
    List<StepRecord> b = new ArrayList<>();
    try (GanTrainer<GanModel> t =
        attention.trainer(TestData.FASHION.trainSource(new Seeds(13)), 13)) {
      t.restore(ckpt);
      t.train(3, (tr, r, nanos) -> b.add(r));
    }
    assertThat(b).hasSize(3).containsExactlyElementsOf(a);
    a.forEach(r -> assertThat(r.firstNonFinite()).isNull());
  }

  private static long parameters(GanTrainer<GanModel> t) {
    return t.model().generator().network().parameterCount()
        + t.model().discriminator().network().parameterCount();
  }

  private static double meanDLoss(List<StepRecord> rs) {
    return rs.stream().mapToDouble(StepRecord::discriminatorLoss).average().orElseThrow();
  }

  private static float[] fetch(Session s, String name) {
    try (Result r = s.runner().fetch(name).run()) {
      TFloat32 t = (TFloat32) r.get(0);
      float[] out = new float[(int) t.shape().size()];
      t.asRawTensor().data().asFloats().read(out);
      return out;
    }
  }

  /** sqrt of the top eigenvalue of K^T K for K = the row-major [-1, cols] matrix. */
  private static double largestSingularValue(float[] k, int cols) {
    int rows = k.length / cols;
    double[] u = new double[cols];
    Arrays.fill(u, 1);
    double sigma = 0;
    for (int it = 0; it < 2000; it++) {
      double[] v = new double[rows];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          v[i] += k[i * cols + j] * u[j];
        }
      }
      double[] w = new double[cols];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          w[j] += k[i * cols + j] * v[i];
        }
      }
      double norm = 0;
      for (double x : w) {
        norm += x * x;
      }
      norm = Math.sqrt(norm);
      for (int j = 0; j < cols; j++) {
        u[j] = w[j] / norm;
      }
      sigma = Math.sqrt(norm); // |K^T K u| -> sigma^2 for unit u
    }
    return sigma;
  }
}
