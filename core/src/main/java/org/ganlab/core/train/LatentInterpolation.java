package org.ganlab.core.train;

import java.util.Objects;

/**
 * Latent interpolation grids: row {@code i} walks in {@code steps} equal angles along the great
 * circle (spherical linear interpolation, "slerp", which White 2016, "Sampling Generative
 * Networks", recommends for Gaussian latents: a straight line passes through codes of atypically
 * small norm) from fixed code {@code i} to fixed code {@code rows + i} of a seed. A smooth row says
 * the generator maps nearby codes to nearby images; abrupt jumps or a row of near-copies point to
 * memorized or collapsed regions. Stateless.
 */
public final class LatentInterpolation {
  private LatentInterpolation() {}

  /**
   * {@return {@code sin((1-t) w) / sin w * a + sin(t w) / sin w * b}, {@code w} the angle between
   * {@code a} and {@code b}; the straight line {@code (1-t) a + t b} when they are (anti)parallel}
   * {@code t = 0} gives exactly {@code a} and {@code t = 1} exactly {@code b}.
   *
   * @param a the code at t = 0
   * @param b the code at t = 1, of {@code a}'s length
   * @param t the position along the arc, in [0, 1]
   */
  public static float[] slerp(float[] a, float[] b, double t) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "slerp of codes of different lengths: " + a.length + " and " + b.length);
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      na += (double) a[i] * a[i];
      nb += (double) b[i] * b[i];
    }
    double cos = na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 1;
    double omega = Math.acos(Math.max(-1, Math.min(1, cos)));
    double sin = Math.sin(omega);
    double wa;
    double wb;
    if (sin < 1e-6) {
      wa = 1 - t;
      wb = t;
    } else {
      wa = Math.sin((1 - t) * omega) / sin;
      wb = Math.sin(t * omega) / sin;
    }
    float[] out = new float[a.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) (wa * a[i] + wb * b[i]);
    }
    return out;
  }

  /**
   * {@return the samples of an interpolation grid, row-major ({@code rows * steps} examples): row
   * {@code i} from code {@code i} to code {@code rows + i} of {@code sampler.latents(seedPair, 2 *
   * rows)}, so its first and last examples are examples {@code i} and {@code rows + i} of {@code
   * sampler.sample(seedPair, 2 * rows, ...)}}
   *
   * @param sampler the generator's sampler
   * @param seedPair the [2] seed the end codes are drawn from
   * @param rows the number of interpolations
   * @param steps the examples per interpolation, ends included, at least 2
   * @param rowLabels one class per row for a conditional model, else null
   * @throws IllegalArgumentException if {@code rows < 1} or {@code steps < 2}
   */
  public static float[] grid(
      LatentSampler sampler, long[] seedPair, int rows, int steps, int[] rowLabels) {
    Objects.requireNonNull(sampler, "sampler");
    if (rows < 1 || steps < 2) {
      throw new IllegalArgumentException(
          "an interpolation grid needs rows >= 1 and steps >= 2, got " + rows + " and " + steps);
    }
    if (rowLabels != null && rowLabels.length != rows) {
      throw new IllegalArgumentException(
          "rowLabels: need one per row (" + rows + "), got " + rowLabels.length);
    }
    int d = sampler.latentDim();
    float[] ends = sampler.latents(seedPair, 2 * rows);
    float[] codes = new float[rows * steps * d];
    int[] labels = rowLabels == null ? null : new int[rows * steps];
    for (int i = 0; i < rows; i++) {
      float[] a = new float[d];
      float[] b = new float[d];
      System.arraycopy(ends, i * d, a, 0, d);
      System.arraycopy(ends, (rows + i) * d, b, 0, d);
      for (int k = 0; k < steps; k++) {
        float[] z = slerp(a, b, k / (double) (steps - 1));
        System.arraycopy(z, 0, codes, (i * steps + k) * d, d);
        if (labels != null) {
          labels[i * steps + k] = rowLabels[i];
        }
      }
    }
    return sampler.generate(codes, labels);
  }
}
