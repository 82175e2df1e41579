package org.ganlab.metrics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The ROC curve of anomaly scores (higher = more anomalous): the false- and true-positive rates of
 * every threshold between distinct scores, from (0, 0) (nothing flagged) to (1, 1) (everything
 * flagged). Tied scores move both rates at once, so the trapezoids under the curve sum to {@link
 * Auroc} with ties counting one half.
 *
 * @param falsePositiveRate per point, the share of normal examples scored at or above the threshold
 * @param truePositiveRate per point, the share of anomalous examples scored at or above it
 */
public record RocCurve(double[] falsePositiveRate, double[] truePositiveRate) {

  /**
   * Copies the rates.
   *
   * @param falsePositiveRate per point, the share of normal examples flagged
   * @param truePositiveRate per point, the share of anomalous examples flagged
   */
  public RocCurve {
    if (falsePositiveRate.length != truePositiveRate.length) {
      throw new IllegalArgumentException("the two rates have different lengths");
    }
    falsePositiveRate = falsePositiveRate.clone();
    truePositiveRate = truePositiveRate.clone();
  }

  /**
   * {@return the curve of {@code scores} with {@code anomalous} as the positive class}
   *
   * @param scores one finite score per example
   * @param anomalous whether each example is anomalous (both classes present)
   */
  public static RocCurve of(double[] scores, boolean[] anomalous) {
    // Auroc checks lengths, finiteness and both classes.
    Auroc.of(scores, anomalous);
    int n = scores.length;
    long positives = IntStream.range(0, n).filter(i -> anomalous[i]).count();
    long negatives = n - positives;
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
    double[] fpr = new double[n + 1];
    double[] tpr = new double[n + 1];
    int points = 1;
    long tp = 0;
    long fp = 0;
    for (int k = 0; k < n; ) {
      double s = scores[order[k]];
      while (k < n && scores[order[k]] == s) {
        if (anomalous[order[k]]) {
          tp++;
        } else {
          fp++;
        }
        k++;
      }
      fpr[points] = (double) fp / negatives;
      tpr[points] = (double) tp / positives;
      points++;
    }
    return new RocCurve(Arrays.copyOf(fpr, points), Arrays.copyOf(tpr, points));
  }

  /** {@return the area under the curve by the trapezoidal rule} */
  public double area() {
    double a = 0;
    for (int i = 1; i < falsePositiveRate.length; i++) {
      a +=
          (falsePositiveRate[i] - falsePositiveRate[i - 1])
              * (truePositiveRate[i] + truePositiveRate[i - 1])
              / 2;
    }
    return a;
  }
}
