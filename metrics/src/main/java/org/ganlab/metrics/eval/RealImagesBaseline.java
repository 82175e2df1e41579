package org.ganlab.metrics.eval;

import java.nio.file.Path;
import java.util.Map;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.EpochOrder;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.seed.Seeds;
import org.ganlab.metrics.ClassBalance;
import org.ganlab.metrics.features.ClassifierRecipe;

/**
 * Real Fashion-MNIST training images scored like generated ones: a random {@code samples} of the
 * training set (drawn per seed) against the test set, through {@link FashionEvaluator} (or {@link
 * ConditionalFashionEvaluator}). Its FID is the floor a perfect generator reaches at this sample
 * size (FID is biased upward for finite samples); conditionally, its accuracy is the classifier's
 * on training images, the ceiling for conditional accuracy. A reference row of benchmark tables.
 */
public final class RealImagesBaseline {
  private RealImagesBaseline() {}

  /**
   * {@return the evaluator's values for {@code samples} training images drawn with {@code seed}}
   *
   * @param fashion the test set to score against
   * @param train the training images to draw from (the whole training set, or a thinned copy);
   *     their class shares are the class balance's target
   * @param seed the seed of the draw and of the evaluation
   * @param samples the number of images scored
   * @param classes 0 to score as an unconditional generator, else as a conditional one
   * @param cacheDir the reference-feature cache, or null for none
   */
  public static Map<String, Number> score(
      FashionMnist fashion,
      ImageDataset train,
      long seed,
      int samples,
      int classes,
      Path cacheDir) {
    return score(fashion, train, seed, samples, classes, cacheDir, null);
  }

  /**
   * {@return the evaluator's values for {@code samples} training images drawn with {@code seed},
   * conditionally with the {@code cas} column: the Classification Accuracy Score's classifier
   * trained on these real images, the scale of a generator's score}
   *
   * @param fashion the test set to score against
   * @param train the training images to draw from (the whole training set, or a thinned copy);
   *     their class shares are the class balance's target
   * @param seed the seed of the draw and of the evaluation
   * @param samples the number of images scored
   * @param classes 0 to score as an unconditional generator, else as a conditional one
   * @param cacheDir the reference-feature cache, or null for none
   * @param cas how the classifier of the {@code cas} column trains, or null for no such column
   */
  public static Map<String, Number> score(
      FashionMnist fashion,
      ImageDataset train,
      long seed,
      int samples,
      int classes,
      Path cacheDir,
      ClassifierRecipe cas) {
    double[] shares = ClassBalance.distribution(train.labels(), FashionMnist.NUM_CLASSES);
    Seeds seeds = new Seeds(seed);
    // The stream name is part of the published values: changing it draws other images.
    Batch batch =
        train.batchOf(new EpochOrder(train.n(), seeds, "bench/real-images").batch(0, samples));
    if (classes > 0) {
      try (ConditionalFashionEvaluator evaluator =
          new ConditionalFashionEvaluator(
              fashion::test, seeds, samples, classes, cacheDir, shares, cas)) {
        return evaluator.scoreImages(batch.values(), batch.labels());
      }
    }
    try (FashionEvaluator evaluator =
        new FashionEvaluator(fashion::test, seeds, samples, cacheDir, shares)) {
      return evaluator.scoreImages(batch.values());
    }
  }
}
