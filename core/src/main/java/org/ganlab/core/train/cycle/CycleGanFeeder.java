package org.ganlab.core.train.cycle;

import java.util.List;
import org.ganlab.core.data.UnpairedBatch;
import org.ganlab.core.data.UnpairedDataSource;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Feeder;
import org.ganlab.core.train.Feeds;
import org.tensorflow.Session;
import org.tensorflow.Tensor;

/**
 * The feeder of a CycleGAN-style model: batch {@code k} is {@code data.batch(k, batchSize)}, its
 * domain-A half fed to {@code realA} and its B half to {@code realB}; the random streams of
 * direction {@code d} ("a_to_b", "b_to_a") are fed {@code seeds.pair("stream/" + d + "/" + name,
 * update)}.
 *
 * @param model the placeholders
 * @param data the unpaired data
 * @param seeds the run's seeds
 */
public record CycleGanFeeder(CycleGanModel model, UnpairedDataSource data, Seeds seeds)
    implements Feeder {

  @Override
  public List<Tensor> feed(Session.Runner runner, long batchIndex, long update) {
    UnpairedBatch batch = data.batch(batchIndex, model.batchSize());
    return Feeds.collect(
        created -> {
          Feeds.values(runner, model.realA(), batch.a().values(), "domain A batch", created);
          Feeds.values(runner, model.realB(), batch.b().values(), "domain B batch", created);
          Feeds.streams(runner, model.aToB().streams(), seeds, "stream/a_to_b/", update, created);
          Feeds.streams(runner, model.bToA().streams(), seeds, "stream/b_to_a/", update, created);
        });
  }
}
