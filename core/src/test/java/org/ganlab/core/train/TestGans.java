package org.ganlab.core.train;

import org.ganlab.core.optim.Adam;

/** Tiny trainers for the tests of other packages (TinyGan is package-private). */
public final class TestGans {
  private TestGans() {}

  /** A TinyGan on points, batch 16, seed {@code seed}. */
  public static GanTrainer<GanModel> trainer(long seed) {
    return GanTrainer.builder(new TinyGan(), new TinyGan.NonSaturating(), new TinyGan.PointData())
        .discriminatorOptimizer(new Adam(2e-3, 0.5, 0.999))
        .generatorOptimizer(new Adam(2e-3, 0.5, 0.999))
        .config(TrainerConfig.of(seed).withBatchSize(16))
        .build();
  }

  /** As {@link #trainer}, on data whose batches from index {@code from} on are NaN. */
  public static GanTrainer<GanModel> nanTrainerFromBatch(long from) {
    return GanTrainer.builder(
            new TinyGan(), new TinyGan.NonSaturating(), new TinyGan.PointData(2f, -1f, from))
        .config(TrainerConfig.of(1).withBatchSize(16))
        .build();
  }
}
