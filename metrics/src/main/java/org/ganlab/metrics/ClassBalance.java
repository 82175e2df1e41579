package org.ganlab.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The class balance of generated samples as a classifier reads them, against the class distribution
 * of the training data: the shares of the classes among the samples, their total variation distance
 * to the data's shares, and how much the generator shrinks or inflates the classes the data
 * under-represents (an amplification factor below 1 means it drops rare classes further, the effect
 * Jain et al. 2020 reported for DCGAN and ProGAN on faces).
 *
 * <p>Stateless and thread-safe.
 */
public final class ClassBalance {

  /**
   * The balance of one set of samples.
   *
   * @param generated each class's share among the samples (sums to 1)
   * @param data each class's share in the training data (sums to 1)
   * @param totalVariation {@code 0.5 * sum |generated - data|}, in [0, 1]
   */
  public record Result(double[] generated, double[] data, double totalVariation) {

    /**
     * The classes the data under-represents: share below uniform ({@code 1 / classes}).
     *
     * @return their labels, ascending; empty for balanced data
     */
    public int[] minorityClasses() {
      double uniform = 1.0 / data.length;
      return IntStream.range(0, data.length).filter(c -> data[c] < uniform * (1 - 1e-9)).toArray();
    }

    /**
     * The minority classes' total share among the samples over their total share in the data.
     *
     * @return 1 when the generator keeps their share, below 1 when it drops them further; NaN when
     *     the data has no minority class
     */
    public double minorityAmplification() {
      int[] minority = minorityClasses();
      if (minority.length == 0) {
        return Double.NaN;
      }
      double gen = 0;
      double dat = 0;
      for (int c : minority) {
        gen += generated[c];
        dat += data[c];
      }
      return gen / dat;
    }
  }

  /** Creates the metric (it has no settings). */
  public ClassBalance() {}

  /**
   * The share of each class among {@code labels}.
   *
   * @param labels class labels in [0, classes)
   * @param classes the number of classes
   * @return {@code classes} shares summing to 1
   */
  public static double[] distribution(int[] labels, int classes) {
    checkArgument(labels.length > 0, "no labels");
    checkArgument(classes > 0, "classes must be > 0, got %s", classes);
    double[] out = new double[classes];
    for (int i = 0; i < labels.length; i++) {
      checkArgument(
          labels[i] >= 0 && labels[i] < classes,
          "label %s of example %s outside [0, %s)",
          labels[i],
          i,
          classes);
      out[labels[i]]++;
    }
    for (int c = 0; c < classes; c++) {
      out[c] /= labels.length;
    }
    return out;
  }

  /**
   * The balance of samples whose classes a classifier predicted.
   *
   * @param predicted each sample's predicted class, in [0, data.length)
   * @param data the training data's class shares (non-negative, summing to 1 within 1e-6)
   * @return the samples' shares and their distance to {@code data}
   */
  public Result compute(int[] predicted, double[] data) {
    double sum = 0;
    for (double d : data) {
      checkArgument(d >= 0 && Double.isFinite(d), "data shares must be >= 0, got %s", d);
      sum += d;
    }
    checkArgument(Math.abs(sum - 1) < 1e-6, "data shares sum to %s, not 1", sum);
    double[] gen = distribution(predicted, data.length);
    double tv = 0;
    for (int c = 0; c < data.length; c++) {
      tv += Math.abs(gen[c] - data[c]);
    }
    return new Result(gen, Arrays.copyOf(data, data.length), tv / 2);
  }
}
