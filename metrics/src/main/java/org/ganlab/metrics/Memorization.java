package org.ganlab.metrics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.ganlab.core.train.hooks.Quantiles;

/**
 * A memorization check in a feature space: each generated sample's distance to its nearest training
 * example, against the same distance for held-out real test examples, which were never trained on
 * and so show how close a new example of the data usually lies to the training set. A generator
 * that copies training examples has many samples closer than almost any test example: {@link
 * #shareBelowThreshold} is the share of generated samples closer than the 1st percentile of the
 * test distances (about 0.01 for a generator that draws new examples from the data distribution;
 * the "data-copying" tests of Meehan et al. 2020 and the nearest-neighbour pictures of the GAN
 * literature compare the same two distance distributions).
 *
 * @param generated nearest training example of each generated sample, and the distance to it
 * @param test nearest training example of each held-out test example, and the distance to it
 * @param threshold the {@link #PERCENTILE} quantile of the test distances (linear interpolation)
 * @param shareBelowThreshold the share of generated samples strictly closer than {@code threshold}
 */
public record Memorization(
    NearestNeighbours generated,
    NearestNeighbours test,
    double threshold,
    double shareBelowThreshold) {

  /** The test-distance quantile below which a generated sample counts as suspiciously close. */
  public static final double PERCENTILE = 0.01;

  /**
   * Compares the features of generated samples and held-out test examples with the training set's.
   *
   * @param generated features of the generated samples, one row each
   * @param test features of held-out test examples, of the same width
   * @param train features of the training set, of the same width
   * @return each generated sample's and test example's nearest training example and distance, the
   *     threshold and the share of generated samples below it
   * @throws IllegalArgumentException if a set is empty or the widths differ
   */
  public static Memorization of(FeatureMatrix generated, FeatureMatrix test, FeatureMatrix train) {
    NearestNeighbours g = NearestNeighbours.of(generated, train);
    NearestNeighbours t = NearestNeighbours.of(test, train);
    double threshold = Quantiles.of(t.distances(), PERCENTILE)[0];
    long below = Arrays.stream(g.distances()).filter(d -> d < threshold).count();
    return new Memorization(g, t, threshold, below / (double) generated.rows());
  }

  /** {@return the median distance of a generated sample to its nearest training example} */
  public double medianGenerated() {
    return Quantiles.of(generated.distances(), 0.5)[0];
  }

  /** {@return the median distance of a test example to its nearest training example} */
  public double medianTest() {
    return Quantiles.of(test.distances(), 0.5)[0];
  }

  /**
   * {@return indices of the {@code k} generated samples closest to the training set, closest first}
   *
   * @param k how many samples, in [0, number of generated samples]
   */
  public int[] closest(int k) {
    double[] d = generated.distances();
    return IntStream.range(0, d.length)
        .boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> d[i]).thenComparingInt(i -> i))
        .limit(k)
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
