package org.ganlab.core.train;

import org.ganlab.core.data.Batch;

/**
 * Anything that scores how anomalous examples are: a trained encoder GAN, a nearest-neighbour
 * distance, an autoencoder's reconstruction error. Higher means more anomalous. The evaluation
 * pipelines of the metrics module score an {@code AnomalyScorer}, so a GAN and its baselines are
 * measured by the same code.
 *
 * <p>The same examples must get the same scores.
 */
@FunctionalInterface
public interface AnomalyScorer {
  /**
   * The anomaly score of each example of {@code examples}.
   *
   * @param examples a batch of examples (NHWC images in [-1, 1]); its labels are not used
   * @return {@code examples.size()} finite scores, higher = more anomalous
   */
  double[] scores(Batch examples);
}
