package org.ganlab.experiments;

import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.ClassSubset;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataSource;

/** Resolves the data a run reads: --data-dir if given, else the embedded copy. */
public final class Datasets {
  private Datasets() {}

  /** Fashion-MNIST from the run's --data-dir or the copy embedded in ganlab. */
  public static FashionMnist fashionMnist(RunContext ctx) {
    return ctx.dataDir().map(FashionMnist::fromDirectory).orElseGet(FashionMnist::embedded);
  }

  /**
   * The Fashion-MNIST training set in seeded epoch order, thinned by the run's {@code
   * minority_classes} and {@code minority_fraction} ({@link ClassSubset}; declared by the
   * experiment).
   */
  public static DataSource fashionTrain(RunContext ctx, Hyperparameters hp) {
    ClassSubset imbalance = hp.apply(ClassSubset.HYPERPARAMETERS, ClassSubset.none());
    return new ImageDataSource(imbalance.apply(fashionMnist(ctx).train()), ctx.seeds());
  }
}
