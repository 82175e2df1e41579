package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.data.UnpairedTranslation;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.core.train.cycle.CycleGanFamily;
import org.ganlab.core.train.cycle.CycleGanModel;
import org.ganlab.models.stabilizers.ImagePoolHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Graph;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.GraphDef;

/**
 * CycleGAN's image pool in the trainer, on narrow networks with batches of 2 and pools of 3: each
 * discriminator update adds the current fakes until the pool is full; while it fills the
 * discriminators see the current fakes, afterwards pooled ones, so their losses part from a run
 * without a pool; a pool of 0 builds the run without one; the pool is in the checkpoint and a
 * resumed run repeats an uninterrupted one bit for bit.
 */
class ImagePoolTrainingTest {
  private static final long SEED = 5;
  private static final int BATCH = TestData.TINY_CYCLE_GAN.config(0).batchSize();
  private static final int CAPACITY = 3;
  private static final String POOL_B = "generated_history_b/image_pool/";
  private static final String POOL_A = "generated_history_a/image_pool/";

  private static final UnpairedTranslation DATA =
      new UnpairedTranslation(TestData.FASHION.test(), new Seeds(SEED));

  private static final CycleGanPreset PRESET = TestData.TINY_CYCLE_GAN;

  private static GanTrainer<CycleGanModel> trainer(int capacity) {
    CycleGanFamily family = PRESET.family(DATA).withHistory(new ImagePoolHistory(capacity));
    return GanTrainer.open(family, config());
  }

  private static List<StepRecord> train(GanTrainer<CycleGanModel> t, int steps) {
    List<StepRecord> out = new ArrayList<>();
    t.train(steps, (tr, r, nanos) -> out.add(r));
    return out;
  }

  /**
   * One test on purpose: building and starting a CycleGAN graph takes most of the time, so the
   * pooled run that fills the pool is also the uninterrupted run the resumed one must repeat.
   */
  @Test
  void poolFillsFeedsTheDiscriminatorsAndResumesExactly(@TempDir Path dir) {
    // A pool of 0 adds nothing: the spine's graph equals the one built without a pool.
    assertThat(spineGraph(PRESET.family(DATA).withHistory(new ImagePoolHistory(0))))
        .isEqualTo(spineGraph(PRESET.family(DATA)));
    List<StepRecord> plain;
    try (GanTrainer<CycleGanModel> t = PRESET.trainer(DATA, SEED)) {
      plain = train(t, 4);
    }

    Path ckpt = dir.resolve("step-000001");
    List<StepRecord> pooled = new ArrayList<>();
    float[] poolAfter;
    try (GanTrainer<CycleGanModel> t = trainer(CAPACITY)) {
      assertThat(t.checkpointVariables())
          .contains(POOL_A + "images", POOL_A + "count", POOL_B + "images", POOL_B + "count");
      assertThat(count(t, POOL_B)).isZero();
      pooled.addAll(train(t, 1));
      t.save(ckpt);
      assertThat(count(t, POOL_A)).isEqualTo(BATCH);
      assertThat(count(t, POOL_B)).isEqualTo(BATCH);
      // Slots 0 and 1 hold the first fakes (tanh output, never all zero); slot 2 is still empty.
      float[] images = SessionValues.floats(t.session(), POOL_B + "images");
      int size = 28 * 28;
      assertThat(absSum(images, 0, 2 * size)).isGreaterThan(1);
      assertThat(absSum(images, 2 * size, 3 * size)).isZero();
      pooled.addAll(train(t, 3));
      assertThat(count(t, POOL_A)).isEqualTo(CAPACITY);
      assertThat(count(t, POOL_B)).isEqualTo(CAPACITY);
      poolAfter = SessionValues.floats(t.session(), POOL_B + "images");
    }
    pooled.forEach(r -> assertThat(r.firstNonFinite()).isNull());
    // Step 1 fills the empty pools, so D sees the current fakes, as without a pool.
    assertThat(pooled.get(0).terms().get("discriminator_b"))
        .isCloseTo(plain.get(0).terms().get("discriminator_b"), within(1e-6f));
    // Once full, pooled fakes (earlier G outputs) replace some current ones.
    assertThat(pooled.subList(2, 4))
        .anySatisfy(
            r ->
                assertThat(r.terms().get("discriminator_a"))
                    .isNotEqualTo(plain.get((int) r.step() - 1).terms().get("discriminator_a")));

    try (GanTrainer<CycleGanModel> t = trainer(CAPACITY)) {
      t.restore(ckpt);
      // The half-full pool comes back with the weights.
      assertThat(count(t, POOL_B)).isEqualTo(BATCH);
      assertThat(train(t, 3)).containsExactlyElementsOf(pooled.subList(1, 4));
      assertThat(SessionValues.floats(t.session(), POOL_B + "images")).containsExactly(poolAfter);
    }
  }

  private static TrainerConfig config() {
    return PRESET.config(SEED);
  }

  private static GraphDef spineGraph(CycleGanFamily family) {
    try (Graph g = new Graph()) {
      family.build(Ops.create(g), config());
      return g.toGraphDef();
    }
  }

  private static int count(GanTrainer<CycleGanModel> t, String pool) {
    return SessionValues.intScalar(t.session(), pool + "count");
  }

  private static double absSum(float[] v, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      s += Math.abs(v[i]);
    }
    return s;
  }
}
