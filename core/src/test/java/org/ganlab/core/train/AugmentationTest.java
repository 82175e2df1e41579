package org.ganlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.family.TFloating;

/**
 * The trainer's augmentation hook: off adds nothing to the graph; on, D sees every real and
 * generated batch through the augmentation, drawn from the run's streams per update, and a resumed
 * run repeats an uninterrupted one bit for bit.
 */
class AugmentationTest {
  private static final long SEED = 3;

  @TempDir Path tmp;

  /** x + U[0, 1) noise drawn from the seed: enough to tell augmented data from plain data. */
  private static final class Jitter implements Augmentation {
    private final boolean on;

    Jitter(boolean on) {
      this.on = on;
    }

    @Override
    public <T extends TFloating> Operand<T> apply(Ops tf, Operand<T> data, Operand<TInt64> seed) {
      // A constant for the gradient: the random op has none.
      Operand<T> noise = tf.random.statelessRandomUniform(tf.shape(data), seed, data.type());
      return tf.math.add(data, tf.stopGradient(noise));
    }

    @Override
    public boolean enabled() {
      return on;
    }
  }

  private static GanTrainer<GanModel> trainer(Augmentation a) {
    return GanTrainer.builder(new TinyGan(), new TinyGan.NonSaturating(), new TinyGan.PointData())
        .discriminatorOptimizer(new Adam(2e-3, 0.5, 0.999))
        .generatorOptimizer(new Adam(2e-3, 0.5, 0.999))
        .augmentation(a)
        .config(TrainerConfig.of(SEED).withBatchSize(16))
        .build();
  }

  private static List<StepRecord> train(GanTrainer<GanModel> t, int steps) {
    List<StepRecord> out = new ArrayList<>();
    t.train(steps, (trainer, record, nanos) -> out.add(record));
    return out;
  }

  /** The graph's nodes (the message compares attribute maps by content, not serialized order). */
  private static GraphDef graphOf(GanTrainer<GanModel> t) {
    return t.graph().toGraphDef();
  }

  @Test
  void offAddsNothingToTheGraphOrTheRecords() {
    GraphDef plain;
    List<StepRecord> plainRecords;
    try (GanTrainer<GanModel> t =
        GanTrainer.builder(new TinyGan(), new TinyGan.NonSaturating(), new TinyGan.PointData())
            .discriminatorOptimizer(new Adam(2e-3, 0.5, 0.999))
            .generatorOptimizer(new Adam(2e-3, 0.5, 0.999))
            .config(TrainerConfig.of(SEED).withBatchSize(16))
            .build()) {
      plain = graphOf(t);
      plainRecords = train(t, 3);
    }
    for (Augmentation off : List.of(Augmentation.NONE, new Jitter(false))) {
      try (GanTrainer<GanModel> t = trainer(off)) {
        assertThat(graphOf(t).equals(plain)).isTrue();
        assertThat(t.model().streams().all()).containsOnlyKeys("latent");
        assertThat(train(t, 3)).containsExactlyElementsOf(plainRecords);
      }
    }
  }

  @Test
  void theDiscriminatorSeesEachUpdatesOwnAugmentation() {
    List<StepRecord> plain;
    try (GanTrainer<GanModel> t = trainer(Augmentation.NONE)) {
      plain = train(t, 3);
    }
    try (GanTrainer<GanModel> t = trainer(new Jitter(true))) {
      GanModel m = t.model();
      assertThat(m.streams().all())
          .containsOnlyKeys(
              "latent", GanModel.AUGMENT_REAL_STREAM, GanModel.AUGMENT_GENERATED_STREAM);
      Feeder feeder = new GanFeeder(m, new TinyGan.PointData(), new Seeds(SEED));
      // The same batch and update give the same scores; another update, other noise.
      float[] first = realScores(t.session(), m, feeder, 7, 20);
      assertThat(realScores(t.session(), m, feeder, 7, 20)).containsExactly(first);
      assertThat(realScores(t.session(), m, feeder, 7, 21)).isNotEqualTo(first);
      List<StepRecord> augmented = train(t, 3);
      for (int i = 0; i < 3; i++) {
        assertThat(augmented.get(i).discriminatorLoss())
            .isNotEqualTo(plain.get(i).discriminatorLoss());
        // G's loss is D's score of augmented fakes: it moves too.
        assertThat(augmented.get(i).generatorLoss()).isNotEqualTo(plain.get(i).generatorLoss());
      }
    }
  }

  @Test
  void resumeWithAugmentationContinuesBitIdentically() {
    Path ckpt = tmp.resolve("step-000004");
    List<StepRecord> a;
    try (GanTrainer<GanModel> t = trainer(new Jitter(true))) {
      train(t, 4);
      t.save(ckpt);
      a = train(t, 4);
    }
    try (GanTrainer<GanModel> t = trainer(new Jitter(true))) {
      t.restore(ckpt);
      List<StepRecord> b = train(t, 4);
      assertThat(b.get(0).step()).isEqualTo(5);
      assertThat(b).containsExactlyElementsOf(a);
    }
  }

  private static float[] realScores(Session s, GanModel m, Feeder feeder, long batch, long update) {
    Session.Runner r = s.runner().fetch(m.onReal().logits());
    List<Tensor> feeds = feeder.feed(r, batch, update);
    try (Result res = r.run()) {
      return Feeds.read(res.get(0));
    } finally {
      feeds.forEach(Tensor::close);
    }
  }
}
