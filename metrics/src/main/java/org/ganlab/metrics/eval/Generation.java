package org.ganlab.metrics.eval;

import java.util.Arrays;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Sampler;

/**
 * Draws evaluation samples deterministically: {@code n} examples in chunks of {@link #CHUNK}, chunk
 * {@code i} from the randomness of {@code seeds.pair("eval/latent", i)} (a stream of its own, so
 * evaluation never shares latent codes with a sample grid). A sampler that generates in inference
 * mode gives the same examples however they are chunked; the chunking bounds memory.
 */
public final class Generation {
  /** Examples per call of the sampler. */
  public static final int CHUNK = 500;

  /** The seed purpose of the evaluation samples' randomness. */
  public static final String STREAM = "eval/latent";

  private Generation() {}

  /**
   * {@return {@code n} examples of {@code sampler}, flattened (NHWC for images)}
   *
   * @param sampler the generator to draw from
   * @param seeds seeds of the {@code "eval/latent"} stream the latent codes come from
   * @param n the number of examples
   * @param labels requested classes (length n) for a conditional sampler, else null
   */
  public static float[] generate(Sampler sampler, Seeds seeds, int n, int[] labels) {
    float[] out = null;
    int offset = 0;
    for (int from = 0, chunk = 0; from < n; from += CHUNK, chunk++) {
      int m = Math.min(CHUNK, n - from);
      int[] y = null;
      if (labels != null) {
        y = new int[m];
        System.arraycopy(labels, from, y, 0, m);
      }
      float[] x = sampler.sample(seeds.pair(STREAM, chunk), m, y);
      if (out == null) {
        out = new float[x.length / m * n];
      }
      System.arraycopy(x, 0, out, offset, x.length);
      offset += x.length;
    }
    return out;
  }

  /**
   * {@return balanced requested labels: example {@code i} asks for class {@code i % classes}}
   *
   * @param n the number of examples
   * @param classes the number of classes, at least 1
   */
  public static int[] balancedLabels(int n, int classes) {
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = i % classes;
    }
    return y;
  }

  /**
   * Requested labels that follow a class distribution: class {@code c} gets its largest-remainder
   * share of {@code n}, interleaved so that every prefix follows the distribution as closely as
   * whole samples allow. Equal shares give {@link #balancedLabels} exactly.
   *
   * @param n the number of labels
   * @param distribution each class's share (non-negative, summing to 1)
   * @return {@code n} labels in [0, distribution.length)
   */
  public static int[] labelsAt(int n, double[] distribution) {
    int k = distribution.length;
    double[] exact = new double[k];
    int[] count = new int[k];
    int assigned = 0;
    for (int c = 0; c < k; c++) {
      exact[c] = distribution[c] * n;
      count[c] = (int) Math.floor(exact[c]);
      assigned += count[c];
    }
    // Largest remainders first; ties to the lower class.
    Integer[] byRemainder = new Integer[k];
    for (int c = 0; c < k; c++) {
      byRemainder[c] = c;
    }
    Arrays.sort(byRemainder, (a, b) -> Double.compare(exact[b] - count[b], exact[a] - count[a]));
    for (int j = 0; assigned < n; j = (j + 1) % k, assigned++) {
      count[byRemainder[j]]++;
    }
    int[] y = new int[n];
    int[] given = new int[k];
    for (int i = 0; i < n; i++) {
      int best = -1;
      double bestDeficit = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        double deficit = (double) count[c] * (i + 1) / n - given[c];
        if (given[c] < count[c] && deficit > bestDeficit) {
          best = c;
          bestDeficit = deficit;
        }
      }
      y[i] = best;
      given[best]++;
    }
    return y;
  }
}
