package org.ganlab.metrics.eval;

import java.nio.file.Path;
import java.util.Arrays;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Sampler;
import org.ganlab.metrics.Memorization;
import org.ganlab.metrics.features.FeatureExtractor;

/**
 * The memorization check of an image generator ({@link Memorization}): {@code n} evaluation samples
 * ({@link Generation}, balanced labels for a conditional sampler) and the held-out test images,
 * each against its nearest training image in an extractor's feature space (the Fashion-MNIST
 * classifier's for Fashion-MNIST runs), and a picture of the samples closest to the training set
 * beside their nearest training images.
 */
public final class MemorizationCheck {
  private MemorizationCheck() {}

  /**
   * What the check found.
   *
   * @param memorization the distances and the share below the test distances' 1st percentile
   * @param picture the closest samples (odd cells) beside their nearest training images (even
   *     cells), {@link #PAIRS_PER_ROW} pairs a row, closest first
   */
  public record Outcome(Memorization memorization, ImageGrid.Tiled picture) {}

  /** Pairs in one row of the picture. */
  public static final int PAIRS_PER_ROW = 4;

  /**
   * Runs the check.
   *
   * @param sampler the generator to draw the samples from
   * @param seeds seeds of the latent codes
   * @param n generated samples
   * @param extractor the feature extractor the distances are measured in
   * @param train the training images
   * @param test the held-out test images
   * @param pairs how many of the closest samples the picture shows
   * @param cacheDir the feature cache for the training and test features, or null
   * @return the memorization distances and the picture of the closest samples beside their nearest
   *     training images
   * @throws IllegalArgumentException if the sampler's images do not have the data's shape
   */
  public static Outcome run(
      Sampler sampler,
      Seeds seeds,
      int n,
      FeatureExtractor extractor,
      ImageDataset train,
      ImageDataset test,
      int pairs,
      Path cacheDir) {
    int[] shape = sampler.exampleShape();
    if (!Arrays.equals(shape, train.shape())) {
      throw new IllegalArgumentException(
          "the generator makes examples of shape "
              + Arrays.toString(shape)
              + ", the training images are "
              + Arrays.toString(train.shape()));
    }
    if (n < 2 || pairs < 1) {
      throw new IllegalArgumentException("need n >= 2 and pairs >= 1, got " + n + " and " + pairs);
    }
    int[] labels =
        sampler.numClasses() > 0 ? Generation.balancedLabels(n, sampler.numClasses()) : null;
    float[] generated = Generation.generate(sampler, seeds, n, labels);
    int[] batchShape = {n, shape[0], shape[1], shape[2]};
    Memorization m =
        Memorization.of(
            extractor.extract(new Batch(batchShape, generated, null)).features(),
            ReferenceFeatures.get(extractor, test, cacheDir).features(),
            ReferenceFeatures.get(extractor, train, cacheDir).features());
    int[] closest = m.closest(Math.min(pairs, n));
    int size = train.imageSize();
    float[] cells = new float[2 * closest.length * size];
    int[] neighbours = m.generated().indices();
    for (int k = 0; k < closest.length; k++) {
      System.arraycopy(generated, closest[k] * size, cells, 2 * k * size, size);
      float[] nn = train.batchOf(new int[] {neighbours[closest[k]]}).values();
      System.arraycopy(nn, 0, cells, (2 * k + 1) * size, size);
    }
    int cols = 2 * Math.min(PAIRS_PER_ROW, closest.length);
    return new Outcome(
        m, ImageGrid.tile(cells, 2 * closest.length, shape[0], shape[1], shape[2], cols, 2));
  }
}
