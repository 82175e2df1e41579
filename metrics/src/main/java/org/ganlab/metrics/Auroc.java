package org.ganlab.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The area under the ROC curve of anomaly scores: the probability that a random anomalous example
 * scores higher than a random normal one, ties counting one half (the Mann-Whitney U statistic over
 * the product of the class sizes; equal to scikit-learn's {@code roc_auc_score}). 0.5 is chance, 1
 * a perfect ranking.
 *
 * <p>Stateless and thread-safe.
 */
public final class Auroc {
  private Auroc() {}

  /**
   * The AUROC of {@code scores} with {@code anomalous} as the positive class.
   *
   * @param scores one finite score per example, higher = more anomalous
   * @param anomalous whether each example is anomalous
   * @return the area, in [0, 1]
   * @throws IllegalArgumentException if the lengths differ, a score is not finite, or either class
   *     is empty
   */
  public static double of(double[] scores, boolean[] anomalous) {
    checkArgument(
        scores.length == anomalous.length,
        "%s scores but %s anomaly flags",
        scores.length,
        anomalous.length);
    long positives = 0;
    for (int i = 0; i < scores.length; i++) {
      if (!Double.isFinite(scores[i])) {
        throw new IllegalArgumentException(
            "score " + scores[i] + " of example " + i + " is not finite");
      }
      if (anomalous[i]) {
        positives++;
      }
    }
    long negatives = scores.length - positives;
    checkArgument(
        positives > 0 && negatives > 0,
        "AUROC needs anomalous and normal examples, got %s and %s",
        positives,
        negatives);
    Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    // Sum of the positives' ranks (1-based), tied scores sharing their mean rank.
    double rankSum = 0;
    for (int start = 0; start < order.length; ) {
      int end = start;
      while (end + 1 < order.length && scores[order[end + 1]] == scores[order[start]]) {
        end++;
      }
      double meanRank = (start + end) / 2.0 + 1;
      for (int k = start; k <= end; k++) {
        if (anomalous[order[k]]) {
          rankSum += meanRank;
        }
      }
      start = end + 1;
    }
    double u = rankSum - positives * (positives + 1) / 2.0;
    return u / ((double) positives * negatives);
  }
}
