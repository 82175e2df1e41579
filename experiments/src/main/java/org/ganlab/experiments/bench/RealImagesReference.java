package org.ganlab.experiments.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.ganlab.core.data.ClassSubset;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.metrics.eval.RealImagesBaseline;
import org.ganlab.metrics.features.ClassifierRecipe;

/**
 * The row of real Fashion-MNIST training images scored like generated ones ({@link
 * RealImagesBaseline}): the FID floor at the runs' sample size, or conditionally the ceiling of
 * conditional accuracy.
 */
public final class RealImagesReference implements ReferenceRow {
  private final String label;
  private final Supplier<FashionMnist> data;
  private final int samples;
  private final int classes;
  private final Path cacheDir;
  private final ClassSubset imbalance;
  private final ClassifierRecipe cas;

  /**
   * The row of the whole training set.
   *
   * @param label what the table calls the row
   * @param data the Fashion-MNIST files
   * @param samples images per evaluation, as the runs' {@code eval_samples}
   * @param classes 0 to score as an unconditional run, else as a conditional one
   * @param cacheDir the reference-feature cache
   */
  public RealImagesReference(
      String label, Supplier<FashionMnist> data, int samples, int classes, Path cacheDir) {
    this(label, data, samples, classes, cacheDir, ClassSubset.none());
  }

  /**
   * The row of a thinned training set, as runs with the same {@code minority_classes} and {@code
   * minority_fraction} train on.
   *
   * @param label what the table calls the row
   * @param data the Fashion-MNIST files
   * @param samples images per evaluation, as the runs' {@code eval_samples}
   * @param classes 0 to score as an unconditional run, else as a conditional one
   * @param cacheDir the reference-feature cache
   * @param imbalance the classes thinned out of the training set
   */
  public RealImagesReference(
      String label,
      Supplier<FashionMnist> data,
      int samples,
      int classes,
      Path cacheDir,
      ClassSubset imbalance) {
    this(label, data, samples, classes, cacheDir, imbalance, null);
  }

  private RealImagesReference(
      String label,
      Supplier<FashionMnist> data,
      int samples,
      int classes,
      Path cacheDir,
      ClassSubset imbalance,
      ClassifierRecipe cas) {
    this.label = label;
    this.data = data;
    this.samples = samples;
    this.classes = classes;
    this.cacheDir = cacheDir;
    this.imbalance = imbalance;
    this.cas = cas;
  }

  /**
   * {@return this row with the conditional {@code cas} column: the Classification Accuracy Score's
   * classifier trained on the row's real images, the scale of the runs' scores}
   *
   * @param recipe the runs' classifier recipe ({@code cas_steps})
   */
  public RealImagesReference withCas(ClassifierRecipe recipe) {
    return new RealImagesReference(label, data, samples, classes, cacheDir, imbalance, recipe);
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String description() {
    return samples
        + " random Fashion-MNIST training images"
        + (imbalance.isNone() ? "" : " (of the thinned training set)")
        + " per seed, "
        + (classes > 0 ? "each with its own label as the class asked for, " : "")
        + "scored against the test set exactly as a "
        + (classes > 0 ? "conditional " : "")
        + "run's "
        + samples
        + " generated images are";
  }

  @Override
  public Map<String, Number> compute(long seed, BenchLayout bench) {
    FashionMnist fashion = data.get();
    return RealImagesBaseline.score(
        fashion, imbalance.apply(fashion.train()), seed, samples, classes, cacheDir, cas);
  }
}
