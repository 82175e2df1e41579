package org.ganlab.metrics;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Conditional accuracy of a class-conditional generator: the share of generated samples that a
 * classifier assigns to the label they were generated for. The assigned class is the argmax of the
 * classifier's probabilities (the first one on ties, as {@code numpy.argmax}).
 *
 * <p>Stateless and thread-safe.
 */
public final class ConditionalAccuracy {

  /**
   * Accuracy and the counts it comes from.
   *
   * @param accuracy {@code correct / total}
   * @param correct samples classified as their requested label
   * @param total samples
   */
  public record Result(double accuracy, int correct, int total) {}

  /** Creates the metric (it has no settings). */
  public ConditionalAccuracy() {}

  /**
   * {@return accuracy of class probabilities (or logits: only the argmax matters) {@code [n,
   * classes]} against the requested labels {@code [n]}}
   *
   * @param classScores class probabilities or logits of each generated image, {@code [n][classes]}
   * @param requestedLabels the class each image was generated for, {@code [n]}
   */
  public Result compute(double[][] classScores, int[] requestedLabels) {
    checkArgument(classScores.length > 0, "no samples");
    checkArgument(
        classScores.length == requestedLabels.length,
        "%s score rows but %s requested labels",
        classScores.length,
        requestedLabels.length);
    int classes = classScores[0].length;
    int correct = 0;
    for (int i = 0; i < classScores.length; i++) {
      double[] row = classScores[i];
      checkArgument(
          row.length == classes, "row %s has %s classes, row 0 has %s", i, row.length, classes);
      checkArgument(
          requestedLabels[i] >= 0 && requestedLabels[i] < classes,
          "requested label %s of sample %s out of [0, %s)",
          requestedLabels[i],
          i,
          classes);
      int best = 0;
      for (int j = 1; j < classes; j++) {
        if (row[j] > row[best]) {
          best = j;
        }
      }
      if (!Double.isFinite(row[best])) {
        throw new IllegalArgumentException("row " + i + " has a non-finite score " + row[best]);
      }
      if (best == requestedLabels[i]) {
        correct++;
      }
    }
    return new Result((double) correct / classScores.length, correct, classScores.length);
  }
}
