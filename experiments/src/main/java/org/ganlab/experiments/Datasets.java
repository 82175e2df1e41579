package org.ganlab.experiments;

import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.ClassSubset;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataSource;
import org.ganlab.core.data.ImageDataset;

/** Resolves the data a run reads: --data-dir if given, else the embedded copy. */
public final class Datasets {
  private Datasets() {}

  /** Fashion-MNIST from the run's --data-dir or the copy embedded in ganlab. */
  public static FashionMnist fashionMnist(RunContext ctx) {
    return ctx.dataDir().map(FashionMnist::fromDirectory).orElseGet(FashionMnist::embedded);
  }

  /**
   * The Fashion-MNIST training set in seeded epoch order, thinned by the run's {@code
   * minority_classes}, {@code minority_fraction} and {@code images_per_class} ({@link ClassSubset};
   * declared by the experiment).
   */
  public static DataSource fashionTrain(RunContext ctx, Hyperparameters hp) {
    return new ImageDataSource(fashionTrainImages(ctx, hp), ctx.seeds());
  }

  /**
   * The Fashion-MNIST training images a run trains on: the whole training set, thinned by the
   * {@link ClassSubset} keys where the experiment declares them. What a check against "the training
   * set" (memorization) must compare with.
   */
  public static ImageDataset fashionTrainImages(RunContext ctx, Hyperparameters hp) {
    ImageDataset train = fashionMnist(ctx).train();
    boolean declared = hp.declarations().containsKey(ClassSubset.HYPERPARAMETERS.get(0).key());
    return declared
        ? hp.apply(ClassSubset.HYPERPARAMETERS, ClassSubset.none()).apply(train)
        : train;
  }
}
