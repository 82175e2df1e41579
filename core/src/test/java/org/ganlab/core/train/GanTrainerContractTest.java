package org.ganlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Graph;
import org.tensorflow.op.Ops;

/**
 * The error contract of the trainer and its samplers: bad arguments and use after close fail with
 * {@link IllegalArgumentException} / {@link IllegalStateException} naming the parameter or the
 * closed object, before TensorFlow sees them.
 */
class GanTrainerContractTest {
  private static final long[] SEED = {1, 2};

  @TempDir Path tmp;

  private static GanTrainer<GanModel> tiny() {
    return GanTrainer.builder(new TinyGan(), new TinyGan.NonSaturating(), new TinyGan.PointData())
        .config(TrainerConfig.of(3).withBatchSize(8))
        .build();
  }

  @Test
  void samplingChecksCountSeedAndLabels() {
    try (GanTrainer<GanModel> t = tiny()) {
      LatentSampler s = new LatentSampler(t, 0);
      assertThatThrownBy(() -> s.sample(SEED, -1, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("n must be at least 1, got -1");
      assertThatThrownBy(() -> s.sample(new long[] {1}, 4, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("seedPair must hold 2 values, got 1");
      assertThatThrownBy(() -> s.sample(null, 4, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("seedPair must hold 2 values, got null");
      assertThatThrownBy(() -> s.sample(SEED, 2, new int[] {0, 1}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("labels: an unconditional model takes no labels, got 2");
      assertThatThrownBy(() -> s.sample(SEED, Integer.MAX_VALUE, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("n: 2147483647 examples of [2] exceed");
      // the checks left the sampler usable
      assertThat(s.sample(SEED, 3, null)).hasSize(6);
    }
  }

  @Test
  void aSamplerOfAnUnconditionalModelTakesNoClasses() {
    try (GanTrainer<GanModel> t = tiny()) {
      assertThatThrownBy(() -> new LatentSampler(t, 10))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("numClasses: an unconditional model takes no labels")
          .hasMessageEndingWith("got 10");
      assertThatThrownBy(() -> new LatentSampler(t, t.model().generator(), new int[] {0}, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("exampleShape must have positive dimensions, got [0]");
      assertThatThrownBy(() -> new LatentSampler(t, t.model().generator(), new int[] {2}, -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("numClasses must be >= 0, got -1");
    }
  }

  @Test
  void trainingChecksTheStepCountAndTheOpsGraph() {
    try (GanTrainer<GanModel> t = tiny();
        Graph other = new Graph()) {
      assertThatThrownBy(() -> t.train(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("steps must be >= 0, got -1");
      assertThat(t.step()).isZero();
      t.train(0);
      assertThat(t.step()).isZero();
      assertThatThrownBy(() -> t.run(Ops.create(other).withName("stray").noOp()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("op stray belongs to another graph");
      assertThatThrownBy(() -> t.save(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("dir");
    }
  }

  @Test
  void everyUseAfterCloseNamesTheClosedTrainer() {
    GanTrainer<GanModel> t = tiny();
    LatentSampler s = new LatentSampler(t, 0);
    t.trainStep();
    t.close();
    t.close(); // a second close does nothing
    String closed = "this GanTrainer is closed: close() has been called";
    for (Runnable use :
        new Runnable[] {
          t::trainStep,
          () -> t.train(1),
          () -> t.save(tmp.resolve("c")),
          () -> t.restore(tmp.resolve("c")),
          t::model,
          t::loss,
          t::ops,
          t::graph,
          t::session,
          t::checkpointVariables,
          () -> s.sample(SEED, 2, null),
          () -> new LatentSampler(t, 0)
        }) {
      assertThatThrownBy(use::run).isInstanceOf(IllegalStateException.class).hasMessage(closed);
    }
    // plain values stay readable
    assertThat(t.step()).isEqualTo(1);
    assertThat(t.config().seed()).isEqualTo(3);
  }

  @Test
  void conditionalSamplingNamesTheLabels() {
    try (GanTrainer<GanModel> t =
        GanTrainer.builder(
                new ConditionalTinyGan(),
                new TinyGan.NonSaturating(),
                new ConditionalTinyGan.Data())
            .config(TrainerConfig.of(4).withBatchSize(6))
            .build()) {
      assertThatThrownBy(() -> new LatentSampler(t, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("numClasses: a conditional model needs numClasses > 0, got 0");
      LatentSampler s = new LatentSampler(t, ConditionalTinyGan.CLASSES);
      assertThatThrownBy(() -> s.sample(SEED, 2, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("labels: a conditional model needs 2 labels, got null");
      assertThatThrownBy(() -> s.sample(SEED, 2, new int[] {0, 3}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("labels: label 3 is outside [0, 3)");
    }
  }
}
