package org.ganlab.core.train;

import java.util.List;
import java.util.Objects;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.seed.Seeds;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.types.TInt32;

/**
 * The feeder of a single GAN: batch {@code k} is {@code data.batch(k, batchSize)} fed to the
 * real-data placeholder (and its labels to a conditional model's label placeholder); every random
 * stream is fed {@code seeds.pair("stream/" + name, update)}.
 *
 * @param model the placeholders
 * @param data the real data
 * @param seeds the run's seeds
 */
public record GanFeeder(GanModel model, DataSource data, Seeds seeds) implements Feeder {

  @Override
  public List<Tensor> feed(Session.Runner runner, long batchIndex, long update) {
    Batch batch = data.batch(batchIndex, model.batchSize());
    return Feeds.collect(
        created -> {
          Feeds.values(runner, model.realData(), batch.values(), "data batch", created);
          if (model.conditional()) {
            TInt32 y = TInt32.vectorOf(Objects.requireNonNull(batch.labels(), "labels"));
            created.add(y);
            runner.feed(model.labels(), y);
          }
          Feeds.streams(runner, model.streams(), seeds, "stream/", update, created);
        });
  }
}
