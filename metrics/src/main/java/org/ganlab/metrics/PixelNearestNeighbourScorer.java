package org.ganlab.metrics;

import java.util.stream.IntStream;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.train.AnomalyScorer;

/**
 * The classical anomaly baseline: an image's Euclidean distance, in raw pixels scaled to [-1, 1],
 * to its nearest neighbour among the normal training images ({@link NearestNeighbours}). It learns
 * nothing, so a learned detector should beat it.
 *
 * <p>Immutable after construction; each call builds its own graph, so it is thread-safe.
 */
public final class PixelNearestNeighbourScorer implements AnomalyScorer {
  private final FeatureMatrix reference;

  /**
   * Keeps the pixels of {@code normal} as the reference set.
   *
   * @param normal the normal training images
   */
  public PixelNearestNeighbourScorer(ImageDataset normal) {
    if (normal.n() == 0) {
      throw new IllegalArgumentException("no normal images in " + normal);
    }
    Batch all = normal.batchOf(IntStream.range(0, normal.n()).toArray());
    this.reference = FeatureMatrix.ofRowMajor(normal.n(), normal.imageSize(), all.values());
  }

  @Override
  public double[] scores(Batch examples) {
    int n = examples.size();
    int width = examples.values().length / n;
    if (width != reference.cols()) {
      throw new IllegalArgumentException(
          "examples of " + width + " values, the reference images have " + reference.cols());
    }
    return NearestNeighbours.of(FeatureMatrix.ofRowMajor(n, width, examples.values()), reference)
        .distances();
  }
}
