package org.ganlab.experiments.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.metrics.eval.RealImagesBaseline;

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
    return RealImagesBaseline.score(data.get(), seed, samples, classes, cacheDir);
  }
}
