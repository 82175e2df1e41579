package org.ganlab.experiments.eval;

import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Sampler;

/**
 * Draws evaluation samples: {@code n} examples in chunks of {@link #CHUNK}, chunk {@code i} from
 * the latent codes of {@code seeds.pair("eval/latent", i)} (a stream of its own, so evaluation
 * never shares codes with the sample grid's {@code "fixed-latent"}). Generation is in inference
 * mode, so the chunking changes nothing but memory.
 */
final class Generation {
  /** Examples per generator run. */
  static final int CHUNK = 500;

  private Generation() {}

  /**
   * {@code n} generated examples, flattened.
   *
   * @param labels requested classes (length n) for a conditional model, else null
   */
  static float[] generate(Sampler g, Seeds seeds, int n, int[] labels) {
    float[] out = null;
    int offset = 0;
    for (int from = 0, chunk = 0; from < n; from += CHUNK, chunk++) {
      int m = Math.min(CHUNK, n - from);
      int[] y = null;
      if (labels != null) {
        y = new int[m];
        System.arraycopy(labels, from, y, 0, m);
      }
      float[] x = g.sample(seeds.pair("eval/latent", chunk), m, y);
      if (out == null) {
        out = new float[x.length / m * n];
      }
      System.arraycopy(x, 0, out, offset, x.length);
      offset += x.length;
    }
    return out;
  }

  /** Balanced requested labels: example {@code i} asks for class {@code i % classes}. */
  static int[] balancedLabels(int n, int classes) {
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = i % classes;
    }
    return y;
  }
}
