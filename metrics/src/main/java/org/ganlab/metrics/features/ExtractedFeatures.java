package org.ganlab.metrics.features;

import java.util.Objects;
import java.util.Optional;
import org.ganlab.metrics.FeatureMatrix;

/**
 * What a {@link FeatureExtractor} computed for n images.
 *
 * @param features {@code [n, featureDim]}
 * @param logits {@code [n, classes]} pre-softmax scores, or null without a classifier head
 * @param probabilities {@code [n, classes]} softmax of the logits, or null without a head
 */
public record ExtractedFeatures(
    FeatureMatrix features, FeatureMatrix logits, FeatureMatrix probabilities) {

  /**
   * Checks that the parts agree.
   *
   * @param features {@code [n, featureDim]}
   * @param logits {@code [n, classes]} pre-softmax scores, or null without a classifier head
   * @param probabilities {@code [n, classes]} softmax of the logits, or null without a head
   */
  public ExtractedFeatures {
    Objects.requireNonNull(features, "features");
    if ((logits == null) != (probabilities == null)) {
      throw new IllegalArgumentException("logits and probabilities come together");
    }
    if (logits != null
        && (logits.rows() != features.rows()
            || probabilities.rows() != features.rows()
            || logits.cols() != probabilities.cols())) {
      throw new IllegalArgumentException(
          "features "
              + features
              + ", logits "
              + logits
              + " and probabilities "
              + probabilities
              + " disagree in shape");
    }
  }

  /** {@return the number of images} */
  public int size() {
    return features.rows();
  }

  /** {@return whether class scores are present} */
  public boolean hasClasses() {
    return probabilities != null;
  }

  /** {@return the logits, if the extractor has a classifier head} */
  public Optional<FeatureMatrix> logitsIfPresent() {
    return Optional.ofNullable(logits);
  }

  /** {@return the class probabilities, if the extractor has a classifier head} */
  public Optional<FeatureMatrix> probabilitiesIfPresent() {
    return Optional.ofNullable(probabilities);
  }

  /**
   * {@return the most probable class of each image}
   *
   * @throws IllegalStateException without a classifier head
   */
  public int[] predictedClasses() {
    if (probabilities == null) {
      throw new IllegalStateException("no classifier head: no class probabilities");
    }
    int[] out = new int[size()];
    int k = probabilities.cols();
    for (int i = 0; i < out.length; i++) {
      int best = 0;
      for (int j = 1; j < k; j++) {
        if (probabilities.get(i, j) > probabilities.get(i, best)) {
          best = j;
        }
      }
      out[i] = best;
    }
    return out;
  }

  /** Concatenates the results of consecutive chunks (rows in order) into one. */
  static final class Builder {
    private final int n;
    private double[] features;
    private double[] logits;
    private double[] probabilities;
    private int featureDim;
    private int classes;
    private int rows;

    Builder(int n) {
      this.n = n;
    }

    void add(ExtractedFeatures part) {
      if (features == null) {
        featureDim = part.features().cols();
        features = new double[Math.multiplyExact(n, featureDim)];
        if (part.hasClasses()) {
          classes = part.probabilities().cols();
          logits = new double[n * classes];
          probabilities = new double[n * classes];
        }
      }
      int m = part.size();
      if (rows + m > n) {
        throw new IllegalStateException("more rows than the " + n + " announced");
      }
      System.arraycopy(
          part.features().toRowMajor(), 0, features, rows * featureDim, m * featureDim);
      if (classes > 0) {
        System.arraycopy(part.logits().toRowMajor(), 0, logits, rows * classes, m * classes);
        System.arraycopy(
            part.probabilities().toRowMajor(), 0, probabilities, rows * classes, m * classes);
      }
      rows += m;
    }

    ExtractedFeatures build() {
      if (rows != n) {
        throw new IllegalStateException(rows + " rows added, " + n + " announced");
      }
      return new ExtractedFeatures(
          FeatureMatrix.wrapRowMajor(n, featureDim, features),
          classes == 0 ? null : FeatureMatrix.wrapRowMajor(n, classes, logits),
          classes == 0 ? null : FeatureMatrix.wrapRowMajor(n, classes, probabilities));
    }
  }
}
