package org.ganlab.experiments.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.EpochOrder;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.seed.Seeds;
import org.ganlab.metrics.eval.ConditionalFashionEvaluator;
import org.ganlab.metrics.eval.FashionEvaluator;

/**
 * Real Fashion-MNIST training images scored like generated ones: a random {@code samples} of the
 * training set (drawn per seed) against the test-set reference, through {@link FashionEvaluator}
 * (or {@link ConditionalFashionEvaluator}). Its FID is the floor a perfect generator reaches at
 * this sample size (FID is biased upward for finite samples); conditionally, its accuracy is the
 * classifier's on training images, the ceiling for conditional accuracy.
 */
public final class RealImagesReference implements ReferenceRow {
  private final String label;
  private final Supplier<FashionMnist> data;
  private final int samples;
  private final int classes;
  private final Path cacheDir;

  /**
   * @param samples images per evaluation, as the runs' {@code eval_samples}
   * @param classes 0 to score as an unconditional run, else as a conditional one
   * @param cacheDir the reference-feature cache
   */
  public RealImagesReference(
      String label, Supplier<FashionMnist> data, int samples, int classes, Path cacheDir) {
    this.label = label;
    this.data = data;
    this.samples = samples;
    this.classes = classes;
    this.cacheDir = cacheDir;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String description() {
    return samples
        + " random Fashion-MNIST training images per seed, scored against the test"
        + " set exactly as a run's "
        + samples
        + " generated images are";
  }

  @Override
  public Map<String, Number> compute(long seed) {
    FashionMnist fashion = data.get();
    ImageDataset train = fashion.train();
    Seeds seeds = new Seeds(seed);
    Batch batch =
        train.batchOf(new EpochOrder(train.n(), seeds, "bench/real-images").batch(0, samples));
    if (classes > 0) {
      try (ConditionalFashionEvaluator evaluator =
          new ConditionalFashionEvaluator(fashion::test, seeds, samples, classes, cacheDir)) {
        return evaluator.scoreImages(batch.values(), batch.labels());
      }
    }
    try (FashionEvaluator evaluator =
        new FashionEvaluator(fashion::test, seeds, samples, cacheDir)) {
      return evaluator.scoreImages(batch.values());
    }
  }
}
