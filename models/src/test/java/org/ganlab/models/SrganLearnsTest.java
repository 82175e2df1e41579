package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.ganlab.core.data.AreaDownsampling;
import org.ganlab.core.data.BicubicUpsampling;
import org.ganlab.core.data.PairedBatch;
import org.ganlab.core.data.PairedTranslation;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SRGAN x4 (7x7 -> 28x28) on 2000 Fashion-MNIST training images with a small net (2 residual
 * blocks, f = 8, batch 16, 100 steps): the training MSE halves and the held-out PSNR rises well
 * above an untrained G's, and runs are bit-identical for a seed, also across a save and a restore
 * into a fresh trainer. (The docs example shows the trained network against bicubic upsampling.)
 */
class SrganLearnsTest {
  private static final int STEPS = 100;
  private static final int SAVED_AT = 2;
  private static final int HELD_OUT = 64;

  @Test
  void psnrToTheTrueImagesRisesAndRunsRepeatExactly(@TempDir Path dir) {
    Adam adam = new Adam(1e-3, 0.9, 0.999);
    AreaDownsampling down = new AreaDownsampling(4);
    PairedTranslation data =
        new PairedTranslation(TestData.FASHION.train().slice(0, 2000), new Seeds(7), down);
    Srgan arch = Srgan.standard(4).withSize(2, 8);
    Pix2PixFamily family = new Pix2PixFamily(arch, data, OptimizerPair.of(adam));
    TrainerConfig config = TrainerConfig.of(7).withBatchSize(16);
    PairedBatch test =
        PairedTranslation.pairsOf(
            TestData.FASHION.test(), IntStream.range(0, HELD_OUT).toArray(), down);
    float[] x = test.input().values();
    float[] y = test.target().values();
    Path ckpt = dir.resolve("step-000002");
    List<StepRecord> records = new ArrayList<>();
    double before;
    double after;
    long t0 = System.nanoTime();
    try (GanTrainer<Pix2PixModel> t = GanTrainer.open(family, config)) {
      assertThat(t.model().streams().all()).isEmpty();
      assertThat(t.model().input().shape().asArray()).containsExactly(16, 7, 7, 1);
      Pix2PixTranslator translator = new Pix2PixTranslator(t);
      before = psnr(translator.translate(x, HELD_OUT), y);
      t.train(SAVED_AT, (tr, r, nanos) -> records.add(r));
      t.save(ckpt);
      t.train(STEPS - SAVED_AT, (tr, r, nanos) -> records.add(r));
      after = psnr(translator.translate(x, HELD_OUT), y);
    }
    double bicubic = psnr(new BicubicUpsampling(4).apply(x, new int[] {HELD_OUT, 7, 7, 1}), y);
    System.out.printf(
        "srgan x4: %.1f s; held-out PSNR %.2f -> %.2f dB (bicubic %.2f); train mse %.4f -> %.4f%n",
        (System.nanoTime() - t0) / 1e9,
        before,
        after,
        bicubic,
        records.get(0).terms().get("mse"),
        records.get(STEPS - 1).terms().get("mse"));
    assertThat(records).allSatisfy(r -> assertThat(r.firstNonFinite()).isNull());
    assertThat(records.get(0).terms()).containsOnlyKeys("mse", "adversarial");
    assertThat((double) records.get(STEPS - 1).terms().get("mse"))
        .isLessThan(0.5 * records.get(0).terms().get("mse"));
    assertThat(after).isGreaterThan(before + 5);

    List<StepRecord> again = new ArrayList<>();
    try (GanTrainer<Pix2PixModel> t = GanTrainer.open(family, config)) {
      t.train(SAVED_AT + 2, (tr, r, nanos) -> again.add(r));
    }
    assertThat(again).isEqualTo(records.subList(0, SAVED_AT + 2));
    List<StepRecord> resumed = new ArrayList<>();
    try (GanTrainer<Pix2PixModel> t = GanTrainer.open(family, config)) {
      t.restore(ckpt);
      t.train(2, (tr, r, nanos) -> resumed.add(r));
    }
    assertThat(resumed).isEqualTo(records.subList(SAVED_AT, SAVED_AT + 2));
  }

  @Test
  void srResNetIsMseOnlyAndTheAdversarialTermIsWeighted() {
    Adam adam = new Adam(1e-4, 0.9, 0.999);
    AreaDownsampling down = new AreaDownsampling(2);
    PairedTranslation data =
        new PairedTranslation(TestData.FASHION.train().slice(0, 64), new Seeds(8), down);
    Srgan srgan = new Srgan(2, 1, 4, 2, 0.5, true);
    try (GanTrainer<Pix2PixModel> t =
        GanTrainer.open(
            new Pix2PixFamily(srgan, data, OptimizerPair.of(adam)),
            TrainerConfig.of(8).withBatchSize(8))) {
      assertThat(t.model().input().shape().asArray()).containsExactly(8, 14, 14, 1);
      assertThat(t.model().generated().shape().asArray()).containsExactly(8, 28, 28, 1);
      t.train(
          1,
          (tr, r, nanos) ->
              // G's loss is 2 MSE + 0.5 adversarial.
              assertThat((double) r.generatorLoss())
                  .isCloseTo(
                      2 * r.terms().get("mse") + 0.5 * r.terms().get("adversarial"), within(1e-4)));
    }
    try (GanTrainer<Pix2PixModel> t =
        GanTrainer.open(
            new Pix2PixFamily(srgan.withAdversarial(false), data, OptimizerPair.of(adam)),
            TrainerConfig.of(8).withBatchSize(8))) {
      t.train(
          1,
          (tr, r, nanos) -> {
            assertThat(r.terms()).containsOnlyKeys("mse");
            assertThat((double) r.generatorLoss())
                .isCloseTo(2 * r.terms().get("mse"), within(1e-5));
          });
    }
    assertThatThrownBy(() -> new Srgan(3, 1, 4, 1, 1e-3, true)).hasMessageContaining("factor 3");
    assertThatThrownBy(() -> new Srgan(4, 1, 4, 0, 1e-3, false))
        .hasMessageContaining("nothing to minimize");
    // A 2x architecture cannot train on 7x7 inputs.
    PairedTranslation quarter =
        new PairedTranslation(
            TestData.FASHION.train().slice(0, 8), new Seeds(8), new AreaDownsampling(4));
    assertThatThrownBy(
            () ->
                GanTrainer.open(
                    new Pix2PixFamily(srgan, quarter, OptimizerPair.of(adam)),
                    TrainerConfig.of(8).withBatchSize(8)))
        .hasMessageContaining("[14, 14, 1]")
        .hasMessageContaining("[7, 7, 1]");
  }

  /** Mean squared error in [-1, 1] units as PSNR in dB on [0, 1] intensities (range 1). */
  private static double psnr(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      double d = (a[i] - b[i]) / 2.0;
      s += d * d;
    }
    return 10 * Math.log10(a.length / s);
  }
}
