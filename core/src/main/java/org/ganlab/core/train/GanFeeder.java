package org.ganlab.core.train;

import java.util.List;
import java.util.Objects;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.parallel.GradientReduction;
import org.ganlab.core.parallel.LocalShards;
import org.ganlab.core.seed.Seeds;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.types.TInt32;

/**
 * The feeder of a single GAN: batch {@code k} is {@code data.batch(k, batchSize)} fed to the
 * real-data placeholder (and its labels to a conditional model's label placeholder); every random
 * stream is fed {@code seeds.pair("stream/" + name, update)}. With shards, every process reads the
 * whole global batch and feeds each of its shards that shard's rows.
 *
 * @param shards the placeholders of each local shard, in the order of {@code
 *     reduction.localShards()}
 * @param reduction how the batch is split and which shards this graph holds
 * @param data the real data
 * @param seeds the run's seeds
 */
public record GanFeeder(
    List<GanModel> shards, GradientReduction reduction, DataSource data, Seeds seeds)
    implements Feeder {

  /**
   * Checks that there is one model per local shard.
   *
   * @param shards the placeholders of each local shard
   * @param reduction how the batch is split and which shards this graph holds
   * @param data the real data
   * @param seeds the run's seeds
   */
  public GanFeeder {
    shards = List.copyOf(shards);
    if (shards.size() != reduction.localShards().size()) {
      throw new IllegalArgumentException(
          shards.size() + " models for " + reduction.localShards().size() + " local shards");
    }
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(seeds, "seeds");
  }

  /**
   * The feeder of an unsharded model.
   *
   * @param model the placeholders
   * @param data the real data
   * @param seeds the run's seeds
   */
  public GanFeeder(GanModel model, DataSource data, Seeds seeds) {
    this(List.of(model), LocalShards.NONE, data, seeds);
  }

  @Override
  public List<Tensor> feed(Session.Runner runner, long batchIndex, long update) {
    int rows = shards.get(0).batchSize();
    Batch batch = data.batch(batchIndex, rows * reduction.shardCount());
    return Feeds.collect(
        created -> {
          for (int i = 0; i < shards.size(); i++) {
            GanModel model = shards.get(i);
            Batch shard =
                reduction.shardCount() == 1
                    ? batch
                    : batch.rows(reduction.localShards().get(i) * rows, rows);
            Feeds.values(runner, model.realData(), shard.values(), "data batch", created);
            if (model.conditional()) {
              TInt32 y = TInt32.vectorOf(Objects.requireNonNull(shard.labels(), "labels"));
              created.add(y);
              runner.feed(model.labels(), y);
            }
          }
          Feeds.streams(runner, shards.get(0).streams(), seeds, "stream/", update, created);
        });
  }
}
