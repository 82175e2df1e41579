package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BiGAN / ALI on Fashion-MNIST with narrow networks (f = 16, z of 32, batch 32, 800 steps, about 30
 * s on two cores): D first separates real pairs (x, E(x)) from generated pairs (G(z), z), then G
 * and E catch up; E and G learn to invert each other (held-out reconstructions G(E(x)) come nearer
 * their own image than another's); and runs are bit-identical for a seed, also across a save and a
 * restore into a fresh trainer.
 */
class AliLearnsTest {
  private static final int STEPS = 800;
  private static final int SAVED_AT = 2;
  private static final int HELD_OUT = 64;

  @Test
  void encoderAndGeneratorInvertEachOtherAndRunsRepeatExactly(@TempDir Path dir) {
    Adam adam = new Adam(2e-4, 0.5, 0.999);
    AliFamily family =
        new AliFamily(
            Ali.standard().withFilters(16).withLatentDim(32),
            TestData.FASHION.trainSource(new Seeds(5)),
            OptimizerPair.of(adam));
    TrainerConfig config = TrainerConfig.of(5).withBatchSize(32);
    float[] x = TestData.FASHION.test().batchOf(IntStream.range(0, HELD_OUT).toArray()).values();
    Path ckpt = dir.resolve("step-000002");
    List<StepRecord> records = new ArrayList<>();
    double[] before;
    double[] after;
    long t0 = System.nanoTime();
    try (GanTrainer<AliModel> t = GanTrainer.open(family, config)) {
      AliInference inference = new AliInference(t);
      before = errors(x, inference.run(x, HELD_OUT).reconstructions());
      t.train(SAVED_AT, (tr, r, nanos) -> records.add(r));
      t.save(ckpt);
      t.train(STEPS - SAVED_AT, (tr, r, nanos) -> records.add(r));
      AliInference.Result res = inference.run(x, HELD_OUT);
      after = errors(x, res.reconstructions());
      assertThat(res.codes()).hasSize(HELD_OUT * 32);
      assertThat(res.features()).hasSize(HELD_OUT * 8 * 16);
      assertThat(res.logits()).hasSize(HELD_OUT);
    }
    System.out.printf(
        "ALI: %.1f s; reconstruction error own %.3f -> %.3f, others' %.3f -> %.3f%n",
        (System.nanoTime() - t0) / 1e9, before[0], after[0], before[1], after[1]);
    double early = gap(records.subList(100, 200));
    double late = gap(records.subList(STEPS - 100, STEPS));
    System.out.printf(
        "mean D(x, E(x)) - D(G(z), z): steps 100-200 %.3f, last 100 %.3f%n", early, late);
    assertThat(records).allSatisfy(r -> assertThat(r.firstNonFinite()).isNull());
    // Measured (seed 5), own -> against others', both with oneDNN on: 0.770 -> 0.404 against
    // 0.561 on a CPU with AVX-512, 0.770 -> 0.406 against 0.517 on one with AVX2 only; gap 0.47
    // then 0.14 on both. (With oneDNN off, that CPU's Eigen kernels took another trajectory:
    // 0.508 against 0.583.) The bounds hold on both with a margin.
    assertThat(after[0]).isLessThan(0.6 * before[0]);
    assertThat(after[0]).isLessThan(0.9 * after[1]);
    assertThat(early).isGreaterThan(0.3);
    assertThat(late).isLessThan(0.5 * early);

    List<StepRecord> again = new ArrayList<>();
    try (GanTrainer<AliModel> t = GanTrainer.open(family, config)) {
      t.train(SAVED_AT + 2, (tr, r, nanos) -> again.add(r));
    }
    assertThat(again).isEqualTo(records.subList(0, SAVED_AT + 2));
    List<StepRecord> resumed = new ArrayList<>();
    try (GanTrainer<AliModel> t = GanTrainer.open(family, config)) {
      t.restore(ckpt);
      assertThat(t.step()).isEqualTo(SAVED_AT);
      t.train(2, (tr, r, nanos) -> resumed.add(r));
      assertThat(t.checkpointVariables())
          .anyMatch(v -> v.startsWith("encoder/"))
          .anyMatch(v -> v.startsWith("generator/"))
          .anyMatch(v -> v.startsWith("discriminator/"));
    }
    assertThat(resumed).isEqualTo(records.subList(SAVED_AT, SAVED_AT + 2));
  }

  @Test
  void gaussianEncoderDrawsItsNoiseFromAStreamAndInfersItsMean() {
    Adam adam = new Adam(2e-4, 0.5, 0.999);
    AliFamily family =
        new AliFamily(
            Ali.standard().withFilters(4).withLatentDim(8).withGaussianEncoder(true),
            TestData.FASHION.trainSource(new Seeds(6)),
            OptimizerPair.of(adam));
    float[] x = TestData.FASHION.test().batchOf(new int[] {0, 1, 2}).values();
    try (GanTrainer<AliModel> t = GanTrainer.open(family, TrainerConfig.of(6).withBatchSize(8))) {
      assertThat(t.model().streams().all()).containsOnlyKeys("encoder_noise", "dropout", "latent");
      t.train(3, (tr, r, nanos) -> assertThat(r.firstNonFinite()).isNull());
      AliInference inference = new AliInference(t);
      AliInference.Result a = inference.run(x, 3);
      assertThat(a.codes()).hasSize(3 * 8).isEqualTo(inference.run(x, 3).codes());
      assertThat(a.reconstructions()).hasSize(3 * 28 * 28);
    }
  }

  private static double gap(List<StepRecord> rs) {
    return rs.stream().mapToDouble(r -> r.dReal() - r.dFake()).average().orElseThrow();
  }

  /**
   * Mean |G(E(x_i)) - x_i| over pixels and images, and the same against the next image x_{i+1}: a
   * reconstruction that is merely data-like is as far from its own image as from another's.
   */
  private static double[] errors(float[] x, float[] rec) {
    int size = 28 * 28;
    int n = x.length / size;
    double own = 0;
    double other = 0;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      for (int p = 0; p < size; p++) {
        own += Math.abs(rec[i * size + p] - x[i * size + p]);
        other += Math.abs(rec[i * size + p] - x[j * size + p]);
      }
    }
    return new double[] {own / x.length, other / x.length};
  }
}
