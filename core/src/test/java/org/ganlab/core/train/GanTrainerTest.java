package org.ganlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.nn.TfRun;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.Sgd;
import org.ganlab.core.train.hooks.NanGuard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Result;
import org.tensorflow.types.TInt64;

/** The training loop on a tiny MLP GAN: determinism, n_critic, resume, EMA, failures. */
class GanTrainerTest {
  private static final long[] SAMPLE_SEED = {11, 12};

  @TempDir Path tmp;

  private static GanTrainer<GanModel> trainer(long seed, DataSource data, TrainerConfig config) {
    return GanTrainer.builder(new TinyGan(), new TinyGan.NonSaturating(), data)
        .discriminatorOptimizer(new Adam(2e-3, 0.5, 0.999))
        .generatorOptimizer(new Adam(2e-3, 0.5, 0.999))
        .config(config)
        .build();
  }

  private static TrainerConfig config(long seed) {
    return TrainerConfig.of(seed).withBatchSize(16);
  }

  private static List<StepRecord> train(GanTrainer<GanModel> t, int steps) {
    List<StepRecord> out = new ArrayList<>();
    t.train(steps, (trainer, record, nanos) -> out.add(record));
    return out;
  }

  // ---------------------------------------------------------------- (a) determinism

  @Test
  void sameSeedGivesBitIdenticalRecordsAndSamples() {
    List<StepRecord> a;
    List<StepRecord> b;
    float[] sa;
    float[] sb;
    try (GanTrainer<GanModel> t = trainer(3, new TinyGan.PointData(), config(3))) {
      LatentSampler s = new LatentSampler(t, 0);
      a = train(t, 20);
      sa = s.sample(SAMPLE_SEED, 8, null);
    }
    try (GanTrainer<GanModel> t = trainer(3, new TinyGan.PointData(), config(3))) {
      LatentSampler s = new LatentSampler(t, 0);
      b = train(t, 20);
      sb = s.sample(SAMPLE_SEED, 8, null);
    }
    assertThat(a).hasSize(20);
    assertThat(a.get(0).step()).isEqualTo(1);
    assertThat(a.get(19).step()).isEqualTo(20);
    // record equality compares floats with Float.compare: bitwise for non-NaN values
    assertThat(b).containsExactlyElementsOf(a);
    assertThat(sb).containsExactly(sa);
    // the values are real and move
    assertThat(a.get(0).discriminatorLoss()).isBetween(0.5f, 3f);
    assertThat(a.get(0).discriminatorGradientNorm()).isPositive();
    assertThat(a.get(0).generatorGradientNorm()).isPositive();
    assertThat(a.get(19).discriminatorLoss()).isNotEqualTo(a.get(0).discriminatorLoss());
  }

  @Test
  void differentSeedGivesDifferentRecords() {
    List<StepRecord> a;
    List<StepRecord> b;
    try (GanTrainer<GanModel> t = trainer(3, new TinyGan.PointData(), config(3))) {
      a = train(t, 3);
    }
    try (GanTrainer<GanModel> t = trainer(4, new TinyGan.PointData(), config(4))) {
      b = train(t, 3);
    }
    for (int i = 0; i < 3; i++) {
      assertThat(b.get(i).discriminatorLoss()).isNotEqualTo(a.get(i).discriminatorLoss());
      assertThat(b.get(i).generatorLoss()).isNotEqualTo(a.get(i).generatorLoss());
    }
  }

  // ---------------------------------------------------------------- (b) n_critic, TTUR

  @Test
  void nCriticRunsThatManyDiscriminatorUpdatesPerStepOnConsecutiveBatches() {
    TinyGan.PointData data = new TinyGan.PointData();
    try (GanTrainer<GanModel> t = trainer(1, data, config(1).withNCritic(3))) {
      List<StepRecord> r = train(t, 2);
      assertThat(r).extracting(StepRecord::step).containsExactly(1L, 2L);
      assertThat(t.step()).isEqualTo(2);
      // D updates read consecutive batches; each G update reuses its step's last batch
      assertThat(data.requested).containsExactly(0L, 1L, 2L, 2L, 3L, 4L, 5L, 5L);
      // Adam's beta1 power starts at beta1 and is multiplied once per update.
      assertThat(TfRun.floats(t.session(), "D_optimizer/beta1_power")[0])
          .isEqualTo((float) Math.pow(0.5, 1 + 3 * 2));
      assertThat(TfRun.floats(t.session(), "G_optimizer/beta1_power")[0])
          .isEqualTo((float) Math.pow(0.5, 1 + 2));
      try (Result res = t.session().runner().fetch("global_step").run()) {
        assertThat(((TInt64) res.get(0)).getLong()).isEqualTo(2);
      }
    }
  }

  @Test
  void eachNetworkUsesItsOwnOptimizer() {
    try (GanTrainer<GanModel> t =
        GanTrainer.builder(new TinyGan(), new TinyGan.NonSaturating(), new TinyGan.PointData())
            .discriminatorOptimizer(new Adam(4e-4, 0, 0.9))
            .generatorOptimizer(new Sgd(1e-4, 0.9, false))
            .config(config(1))
            .build()) {
      assertThat(t.checkpointVariables())
          .contains(
              "D_optimizer/beta1_power",
              "D_optimizer/discriminator.fc0.kernel/m",
              "D_optimizer/discriminator.fc0.kernel/v",
              "G_optimizer/generator.fc0.kernel/momentum",
              "global_step",
              "generator/bn0/moving_mean",
              "generator/bn0/moving_variance")
          .noneMatch(n -> n.startsWith("G_optimizer/beta"))
          .noneMatch(n -> n.startsWith("D_optimizer/generator"))
          .noneMatch(n -> n.startsWith("G_optimizer/discriminator"));
      float[] g0 = TfRun.floats(t.session(), "generator/fc1/kernel");
      float[] d0 = TfRun.floats(t.session(), "discriminator/fc1/kernel");
      train(t, 1);
      // Plain momentum SGD with lr 1e-4 moves G by lr * |g|; Adam moves D by about lr=4e-4
      // per weight, whatever the gradient scale.
      float[] g1 = TfRun.floats(t.session(), "generator/fc1/kernel");
      float[] d1 = TfRun.floats(t.session(), "discriminator/fc1/kernel");
      for (int i = 0; i < d0.length; i++) {
        assertThat(Math.abs(d1[i] - d0[i]))
            .as("Adam step of D weight %d", i)
            .isCloseTo(4e-4f, within(2e-5f));
      }
      assertThat(Arrays.equals(g0, g1)).isFalse();
    }
  }

  // ---------------------------------------------------------------- (c) checkpoint and resume

  @Test
  void resumeFromACheckpointContinuesBitIdentically() {
    Path ckpt = tmp.resolve("checkpoints").resolve("step-000010");
    List<StepRecord> a;
    float[] sampleAt10;
    float[] sampleA;
    try (GanTrainer<GanModel> t =
        trainer(5, new TinyGan.PointData(), config(5).withNCritic(2).withEmaDecay(0.9))) {
      LatentSampler s = new LatentSampler(t, 0);
      train(t, 10);
      t.save(ckpt);
      sampleAt10 = s.sample(SAMPLE_SEED, 8, null);
      a = train(t, 10);
      sampleA = s.sample(SAMPLE_SEED, 8, null);
    }
    try (GanTrainer<GanModel> t =
        trainer(5, new TinyGan.PointData(), config(5).withNCritic(2).withEmaDecay(0.9))) {
      LatentSampler s = new LatentSampler(t, 0);
      assertThat(t.step()).isZero();
      assertThat(s.sample(SAMPLE_SEED, 8, null)).isNotEqualTo(sampleAt10);
      t.restore(ckpt);
      assertThat(t.step()).isEqualTo(10);
      assertThat(s.sample(SAMPLE_SEED, 8, null)).containsExactly(sampleAt10);
      List<StepRecord> b = train(t, 10);
      assertThat(b.get(0).step()).isEqualTo(11);
      assertThat(b).containsExactlyElementsOf(a);
      assertThat(s.sample(SAMPLE_SEED, 8, null)).containsExactly(sampleA);
    }
  }

  @Test
  void samplesDependOnlyOnTheSeedPairAndCount() {
    try (GanTrainer<GanModel> t = trainer(5, new TinyGan.PointData(), config(5))) {
      LatentSampler s = new LatentSampler(t, 0);
      float[] a = s.sample(SAMPLE_SEED, 8, null);
      assertThat(a).hasSize(16);
      assertThat(s.sample(SAMPLE_SEED, 8, null)).containsExactly(a);
      assertThat(s.sample(new long[] {11, 13}, 8, null)).isNotEqualTo(a);
      // inference mode: example i does not depend on the other examples of the batch
      float[] more = s.sample(SAMPLE_SEED, 3, null);
      assertThat(more).hasSize(6);
    }
  }

  // ---------------------------------------------------------------- (d) EMA

  @Test
  void emaWeightsFollowDecayTimesOldPlusOneMinusDecayTimesNew() {
    double decay = 0.9;
    try (GanTrainer<GanModel> t =
        trainer(6, new TinyGan.PointData(), config(6).withEmaDecay(decay))) {
      List<String> trainable =
          t.model().generator().network().trainableVariables().stream()
              .map(v -> v.op().name())
              .toList();
      assertThat(trainable)
          .containsExactly(
              "generator/fc0/kernel",
              "generator/bn0/gamma",
              "generator/bn0/beta",
              "generator/fc1/kernel",
              "generator/fc1/bias");
      List<float[]> init = new ArrayList<>();
      for (String n : trainable) {
        float[] w = TfRun.floats(t.session(), n);
        init.add(w);
        // the average starts as a copy of the generator (not its own random init)
        assertThat(TfRun.floats(t.session(), ema(n))).as(n).containsExactly(w);
      }
      train(t, 1);
      for (int k = 0; k < trainable.size(); k++) {
        String n = trainable.get(k);
        float[] now = TfRun.floats(t.session(), n);
        float[] avg = TfRun.floats(t.session(), ema(n));
        assertThat(Arrays.equals(now, init.get(k))).as("%s moved", n).isFalse();
        for (int i = 0; i < now.length; i++) {
          double expected = decay * init.get(k)[i] + (1 - decay) * now[i];
          assertThat((double) avg[i]).as("%s[%d]", n, i).isCloseTo(expected, within(1e-7));
        }
      }
      // The averaged generator's moving statistics come from its own pass over the step's latent
      // batch, with its weights before the step's average: in step 1 those are the generator's
      // initial weights, which the generator's own pass used too, so both agree exactly.
      List<String> statistics =
          List.of("generator/bn0/moving_mean", "generator/bn0/moving_variance");
      for (String n : statistics) {
        float[] stat = TfRun.floats(t.session(), n);
        assertThat(TfRun.floats(t.session(), ema(n))).as(n).containsExactly(stat);
        assertThat(stat)
            .as("%s was updated", n)
            .isNotEqualTo(n.endsWith("mean") ? new float[TinyGan.HIDDEN] : ones(TinyGan.HIDDEN));
      }
      // From step 2 on the two generators' weights differ, and so do their statistics: the
      // average's are not copied from the generator.
      train(t, 1);
      for (String n : statistics) {
        float[] stat = TfRun.floats(t.session(), n);
        float[] averaged = TfRun.floats(t.session(), ema(n));
        assertThat(averaged).as(n).isNotEqualTo(stat);
        for (int i = 0; i < stat.length; i++) {
          assertThat((double) averaged[i]).as("%s[%d]", n, i).isCloseTo(stat[i], within(0.05));
        }
      }
    }
  }

  private static String ema(String generatorVariable) {
    return GeneratorEma.SCOPE + generatorVariable.substring(GanModel.GENERATOR_SCOPE.length());
  }

  private static float[] ones(int n) {
    float[] v = new float[n];
    Arrays.fill(v, 1f);
    return v;
  }

  // ---------------------------------------------------------------- conditional models

  @Test
  void conditionalModelsFeedLabelsDeterministicallyAndSampleRequestedClasses() {
    List<StepRecord> a;
    float[] sa;
    int[] labels = {0, 1, 2, 0, 1, 2};
    try (GanTrainer<GanModel> t =
        GanTrainer.builder(
                new ConditionalTinyGan(),
                new TinyGan.NonSaturating(),
                new ConditionalTinyGan.Data())
            .config(config(4))
            .build()) {
      LatentSampler s = new LatentSampler(t, 3);
      assertThat(t.model().conditional()).isTrue();
      a = train(t, 5);
      sa = s.sample(SAMPLE_SEED, 6, labels);
      assertThat(sa).hasSize(12);
      // same latent codes, other classes: other points
      assertThat(s.sample(SAMPLE_SEED, 6, new int[] {2, 2, 2, 2, 2, 2})).isNotEqualTo(sa);
      assertThatThrownBy(() -> s.sample(SAMPLE_SEED, 6, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("6 labels");
      assertThatThrownBy(() -> s.sample(SAMPLE_SEED, 6, new int[] {1}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("6 labels");
    }
    try (GanTrainer<GanModel> t =
        GanTrainer.builder(
                new ConditionalTinyGan(),
                new TinyGan.NonSaturating(),
                new ConditionalTinyGan.Data())
            .config(config(4))
            .build()) {
      LatentSampler s = new LatentSampler(t, 3);
      assertThat(train(t, 5)).containsExactlyElementsOf(a);
      assertThat(s.sample(SAMPLE_SEED, 6, labels)).containsExactly(sa);
    }
  }

  @Test
  void aConditionalArchitectureNeedsLabelledDataWithTheSameClassCount() {
    assertThatThrownBy(
            () ->
                GanTrainer.builder(
                        new ConditionalTinyGan(),
                        new TinyGan.NonSaturating(),
                        new TinyGan.PointData())
                    .config(config(1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 classes");
  }

  // ---------------------------------------------------------------- regularizer terms

  @Test
  void regularizerTermsAreAddedToTheLossAndRecordedByName() {
    Regularizer logitPenalty =
        new Regularizer() {
          @Override
          public Terms build(org.tensorflow.op.Ops tf, GanModel model) {
            var real = model.onReal().logits();
            return Terms.discriminator(
                tf.math.mul(
                    tf.constant(10f), tf.math.mean(tf.math.mul(real, real), tf.constant(0))));
          }

          @Override
          public String name() {
            return "logit_penalty";
          }
        };
    StepRecord plain;
    StepRecord penalized;
    try (GanTrainer<GanModel> t = trainer(9, new TinyGan.PointData(), config(9))) {
      plain = train(t, 1).get(0);
    }
    try (GanTrainer<GanModel> t =
        GanTrainer.builder(new TinyGan(), new TinyGan.NonSaturating(), new TinyGan.PointData())
            .discriminatorOptimizer(new Adam(2e-3, 0.5, 0.999))
            .generatorOptimizer(new Adam(2e-3, 0.5, 0.999))
            .regularizers(List.of(logitPenalty))
            .config(config(9))
            .build()) {
      penalized = train(t, 1).get(0);
    }
    assertThat(plain.terms()).isEmpty();
    float term = penalized.terms().get("logit_penalty");
    assertThat(term).isPositive();
    // the first D update sees the same weights and data: D loss = plain loss + term
    assertThat(penalized.discriminatorLoss())
        .isCloseTo(plain.discriminatorLoss() + term, within(1e-5f));
    assertThat(penalized.dReal()).isEqualTo(plain.dReal());
  }

  // ---------------------------------------------------------------- (e) failures

  @Test
  void aNanLossStopsTrainingNamingTheStepAndTheLoss() {
    // batches 0-2 are fine, batch 3 (the D update of step 4) is NaN
    TinyGan.PointData data = new TinyGan.PointData(2f, -1f, 3);
    try (GanTrainer<GanModel> t = trainer(1, data, config(1))) {
      List<StepRecord> ok = new ArrayList<>();
      assertThatThrownBy(() -> t.train(10, new NanGuard(), (tr, r, nanos) -> ok.add(r)))
          .isInstanceOfSatisfying(
              NonFiniteLossException.class,
              e -> {
                assertThat(e.step()).isEqualTo(4);
                assertThat(e.loss()).isEqualTo("discriminator loss");
                assertThat(e.getMessage())
                    .contains("step 4")
                    .contains("discriminator loss")
                    .contains("NaN");
              });
      assertThat(ok).extracting(StepRecord::step).containsExactly(1L, 2L, 3L);
    }
  }

  @Test
  void firstNonFiniteNamesTheOffendingValue() {
    assertThat(new StepRecord(1, 1, 1, 0.5f, 0.5f, 1, 1, Map.of("gp", 0.1f)).firstNonFinite())
        .isNull();
    assertThat(new StepRecord(1, 1, Float.POSITIVE_INFINITY, 0, 0, 1, 1, Map.of()).firstNonFinite())
        .isEqualTo("generator loss");
    assertThat(new StepRecord(1, 1, 1, 0, 0, 1, 1, Map.of("gp", Float.NaN)).firstNonFinite())
        .isEqualTo("gp");
  }

  @Test
  void mismatchedDataShapeAndBadConfigAreRejectedWithClearMessages() {
    DataSource wrong =
        new DataSource() {
          @Override
          public int size() {
            return 1;
          }

          @Override
          public int[] shape() {
            return new int[] {3};
          }

          @Override
          public int numClasses() {
            return 0;
          }

          @Override
          public Batch batch(long step, int batchSize) {
            throw new AssertionError();
          }

          @Override
          public Map<String, String> fileChecksums() {
            return Map.of();
          }
        };
    assertThatThrownBy(() -> trainer(1, wrong, config(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[2]")
        .hasMessageContaining("[3]");
    assertThatThrownBy(() -> config(1).withNCritic(0)).hasMessageContaining("nCritic");
    assertThatThrownBy(() -> config(1).withBatchSize(-1)).hasMessageContaining("batchSize");
    assertThatThrownBy(() -> config(1).withEmaDecay(1.0)).hasMessageContaining("emaDecay");
  }

  // ---------------------------------------------------------------- learning

  @Test
  void theDiscriminatorLearnsAndGeneratedPointsMoveTowardTheData() {
    try (GanTrainer<GanModel> t =
        trainer(2, new TinyGan.PointData(), config(2).withBatchSize(32))) {
      LatentSampler sampler = new LatentSampler(t, 0);
      float[] before = sampler.sample(SAMPLE_SEED, 256, null);
      List<StepRecord> r = train(t, 300);
      float[] after = sampler.sample(SAMPLE_SEED, 256, null);
      // D's random init scores the far-away data lower than G's output (gap about -0.25); D
      // learns to separate them, then G catches up and the gap returns to about 0.
      float firstGap = r.get(0).dReal() - r.get(0).dFake();
      float bestGap = -1;
      for (StepRecord s : r.subList(0, 60)) {
        bestGap = Math.max(bestGap, s.dReal() - s.dFake());
      }
      assertThat(bestGap - firstGap)
          .as("growth of D(x) - D(G(z)) over the first 60 steps")
          .isGreaterThan(0.3f);
      StepRecord last = r.get(r.size() - 1);
      assertThat(last.dReal() - last.dFake())
          .as("gap once G matches the data")
          .isCloseTo(0f, within(0.05f));
      double d0 = distanceOfMeanTo(before, 2, -1);
      double d1 = distanceOfMeanTo(after, 2, -1);
      assertThat(d1)
          .as("distance of the sample mean to the data mean: %f -> %f", d0, d1)
          .isLessThan(0.15 * d0);
    }
  }

  private static double distanceOfMeanTo(float[] xy, double cx, double cy) {
    double mx = 0;
    double my = 0;
    int n = xy.length / 2;
    for (int i = 0; i < n; i++) {
      mx += xy[2 * i] / (double) n;
      my += xy[2 * i + 1] / (double) n;
    }
    return Math.hypot(mx - cx, my - cy);
  }

  // ---------------------------------------------------------------- (f) tensor leaks

  @Test
  void manyStepsCloseEveryTensor() {
    try (GanTrainer<GanModel> t = trainer(8, new TinyGan.PointData(), config(8).withNCritic(2))) {
      LatentSampler s = new LatentSampler(t, 0);
      train(t, 50); // warm-up
      long before = org.bytedeco.javacpp.Pointer.totalCount();
      // sanity: an unclosed tensor is counted
      try (TInt64 probe = TInt64.scalarOf(1)) {
        assertThat(org.bytedeco.javacpp.Pointer.totalCount()).isGreaterThan(before);
      }
      train(t, 500);
      for (int i = 0; i < 20; i++) {
        s.sample(SAMPLE_SEED, 4, null);
      }
      long after = org.bytedeco.javacpp.Pointer.totalCount();
      // 520 runs with 3-4 feeds and 1-5 fetches each: a single leaked tensor per run would
      // add hundreds of native allocations.
      assertThat(after - before).as("native allocations still held").isLessThan(20);
    }
  }
}
