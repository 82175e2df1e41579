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
    return new ImageDataSource(trainSubset(hp).apply(fashionMnist(ctx).train()), ctx.seeds());
  }

  /**
   * The training images of {@code data} a run trains on: thinned by the {@link ClassSubset} keys
   * where the run's experiment declares them, the whole training set where it does not. What a
   * check against "the training set" (memorization) must compare with.
   */
  public static ImageDataset fashionTrainImages(FashionMnist data, Hyperparameters hp) {
    boolean declared = hp.declarations().containsKey(ClassSubset.HYPERPARAMETERS.get(0).key());
    return declared ? trainSubset(hp).apply(data.train()) : data.train();
  }

  /** The run's {@link ClassSubset}; its keys must be declared. */
  private static ClassSubset trainSubset(Hyperparameters hp) {
    return hp.apply(ClassSubset.HYPERPARAMETERS, ClassSubset.none());
  }
}
