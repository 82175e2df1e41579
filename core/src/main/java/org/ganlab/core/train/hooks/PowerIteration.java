package org.ganlab.core.train.hooks;

import java.util.SplittableRandom;

/**
 * The largest singular value (spectral norm) of a weight matrix by power iteration on {@code W^T
 * W}, in double precision from a fixed start vector, so the same weights always give the same
 * number. Brock et al. 2019 (BigGAN, section 4) watched exactly this quantity: in their unstable
 * runs the generator's top singular values grew without bound before training collapsed. Stateless
 * and thread-safe.
 */
public final class PowerIteration {
  /**
   * Iterations used by the diagnostics: the estimate's relative error shrinks as {@code
   * (s2/s1)^(2k)}.
   */
  public static final int DEFAULT_ITERATIONS = 20;

  private PowerIteration() {}

  /**
   * {@return the largest singular value of the row-major {@code rows x cols} matrix {@code w}} A
   * convolution kernel {@code [h, w, in, out]} is passed as {@code rows = h*w*in, cols = out} (the
   * reshape to {@code [-1, out]} of spectral normalization, Miyato et al. 2018).
   *
   * @param w the matrix, row-major
   * @param rows the number of rows
   * @param cols the number of columns
   * @param iterations power-iteration steps (at least 1); the estimate never exceeds the true value
   * @throws IllegalArgumentException if the sizes disagree or are not positive
   */
  public static double largestSingularValue(float[] w, int rows, int cols, int iterations) {
    if (rows < 1 || cols < 1 || (long) rows * cols != w.length) {
      throw new IllegalArgumentException(
          "a "
              + rows
              + " x "
              + cols
              + " matrix needs "
              + (long) rows * cols
              + " values, got "
              + w.length);
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
    }
    // A fixed pseudo-random start: an all-ones start could be orthogonal to the top singular
    // vector of a structured matrix; a seeded one almost surely is not, and stays reproducible.
    SplittableRandom random = new SplittableRandom(0x5EED);
    double[] v = new double[cols];
    for (int j = 0; j < cols; j++) {
      v[j] = random.nextDouble() - 0.5;
    }
    normalize(v);
    double[] u = new double[rows];
    double sigma = 0;
    for (int it = 0; it < iterations; it++) {
      // u = W v, v = W^T u / |W^T u|
      for (int i = 0; i < rows; i++) {
        double s = 0;
        int base = i * cols;
        for (int j = 0; j < cols; j++) {
          s += w[base + j] * v[j];
        }
        u[i] = s;
      }
      double uNorm = Math.sqrt(dot(u, u));
      if (uNorm == 0) {
        return 0;
      }
      double[] next = new double[cols];
      for (int i = 0; i < rows; i++) {
        double ui = u[i];
        int base = i * cols;
        for (int j = 0; j < cols; j++) {
          next[j] += w[base + j] * ui;
        }
      }
      // |W^T W v| / |W v|: a weighted mean of the squared singular values' roots, never above s1,
      // and exact for a rank-one matrix after one iteration.
      sigma = normalize(next) / uNorm;
      v = next;
    }
    return sigma;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double normalize(double[] v) {
    double n = Math.sqrt(dot(v, v));
    if (n > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= n;
      }
    }
    return n;
  }
}
