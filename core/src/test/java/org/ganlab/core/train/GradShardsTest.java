package org.ganlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.optim.Sgd;
import org.ganlab.core.parallel.LocalShards;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** The {@code grad_shards} key: a batch split into shards whose gradients are averaged. */
class GradShardsTest {
  private static final int STEPS = 20;

  private static List<StepRecord> train(
      GanArchitecture arch, TinyGan.PointData data, TrainerConfig config) {
    List<StepRecord> records = new ArrayList<>();
    try (GanTrainer<GanModel> t =
        GanTrainer.builder(arch, new TinyGan.NonSaturating(), data)
            .discriminatorOptimizer(new Sgd(0.05))
            .generatorOptimizer(new Sgd(0.05))
            .config(config)
            .build()) {
      t.train(STEPS, (trainer, r, nanos) -> records.add(r));
    }
    return records;
  }

  @Test
  void twoShardsFollowTheWholeBatchWhenRowsDoNotInteract() {
    // Without batch norm the mean of two shard means is the batch mean: only rounding differs.
    TrainerConfig config = TrainerConfig.of(7);
    TinyGan.PointData wholeData = new TinyGan.PointData();
    TinyGan.PointData shardedData = new TinyGan.PointData();
    List<StepRecord> whole = train(new TinyGan(false), wholeData, config);
    List<StepRecord> sharded = train(new TinyGan(false), shardedData, config.withGradShards(2));
    for (int i = 0; i < STEPS; i++) {
      StepRecord w = whole.get(i);
      StepRecord s = sharded.get(i);
      assertThat(relative(s.discriminatorLoss(), w.discriminatorLoss()))
          .as("D loss, step %d", i + 1)
          .isLessThan(1e-4);
      assertThat(relative(s.generatorLoss(), w.generatorLoss()))
          .as("G loss, step %d", i + 1)
          .isLessThan(1e-4);
      assertThat(relative(s.discriminatorGradientNorm(), w.discriminatorGradientNorm()))
          .as("D gradient norm, step %d", i + 1)
          .isLessThan(1e-4);
      assertThat(relative(s.dReal(), w.dReal())).as("D(x), step %d", i + 1).isLessThan(1e-4);
    }
    // both read the same global batches: each process of a cluster splits the same rows
    assertThat(shardedData.requested).isEqualTo(wholeData.requested);
    // and it trained
    assertThat(whole.get(STEPS - 1).discriminatorLoss())
        .isNotEqualTo(whole.get(0).discriminatorLoss());
  }

  private static double relative(float a, float b) {
    return Math.abs((double) a - b) / Math.max(Math.abs((double) b), 1e-12);
  }

  @Test
  void meanOfShardsIsTheirSumOverTheCount() {
    try (Graph g = new Graph();
        Session s = new Session(g)) {
      Ops tf = Ops.create(g);
      Operand<TFloat32> a = tf.constant(new float[] {1f, 2f});
      Operand<TFloat32> b = tf.constant(new float[] {3f, 5f});
      Operand<TFloat32> mean = new LocalShards(2).mean(tf, List.of(a, b));
      try (TFloat32 t = (TFloat32) s.runner().fetch(mean).run().get(0)) {
        assertThat(new float[] {t.getFloat(0), t.getFloat(1)}).containsExactly(2f, 3.5f);
      }
      // one shard: the value itself, no op added
      assertThat(LocalShards.NONE.mean(tf, List.of(a))).isSameAs(a);
    }
  }

  @Test
  void eachShardHasItsPlaceholdersAndOnlyTheFirstUpdatesStatistics() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      List<GanModel> shards =
          GanModel.buildShards(
              tf, new TinyGan(), new Seeds(1), 64, Augmentation.NONE, new LocalShards(2));
      assertThat(shards).hasSize(2);
      assertThat(shards.get(1).realData().op().name()).isEqualTo("real_data_shard1");
      assertThat(shards.get(1).realData().shape().asArray()).containsExactly(32L, 2L);
      assertThat(shards.get(0).latent().shape().asArray()).containsExactly(32L, 4L);
      assertThat(shards.get(0).generator()).isSameAs(shards.get(1).generator());
      // G's one batch norm layer: a mean and a variance update, from shard 0 alone
      assertThat(shards.get(0).generator().network().statisticUpdates()).hasSize(2);
    }
    try (Graph g = new Graph()) {
      GanModel whole = GanModel.build(Ops.create(g), new TinyGan(), new Seeds(1), 64);
      assertThat(whole.realData().op().name()).isEqualTo("real_data");
      assertThat(g.operation("real_data_shard0")).isNull();
    }
  }

  @Test
  void aBatchThatDoesNotSplitEvenlyIsRefusedNamingTheKeys() {
    assertThatThrownBy(() -> TrainerConfig.of(1).withBatchSize(30).withGradShards(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batch_size 30")
        .hasMessageContaining("4 equal shards");
    assertThatThrownBy(() -> TrainerConfig.of(1).withGradShards(0))
        .hasMessageContaining("gradShards");
  }
}
