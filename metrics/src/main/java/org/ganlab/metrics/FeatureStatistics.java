package org.ganlab.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * The Gaussian summary of a feature set that FID compares: the mean {@code mu} ({@code d}), the
 * unbiased covariance {@code sigma} ({@code d x d}, row-major, divided by {@code n - 1}) and the
 * number of samples {@code n} it was computed from.
 *
 * <p>This is what the {@code .npz} reference-statistics files of pytorch-fid and TTUR hold (they
 * store {@code mu} and {@code sigma} only, so {@code n} is {@link #UNKNOWN_COUNT} for statistics
 * read from such a file).
 *
 * <p>Arrays are copied in and out, so an instance is immutable; {@code equals} compares values.
 *
 * @param mu the feature mean, length {@code d}
 * @param sigma the covariance, row-major, length {@code d * d}
 * @param n the number of samples, or {@link #UNKNOWN_COUNT}
 */
public record FeatureStatistics(double[] mu, double[] sigma, long n) {

  /** The value of {@link #n} when the sample count is not known. */
  public static final long UNKNOWN_COUNT = -1;

  /**
   * Validates and copies; rejects non-finite values, which would make FID NaN.
   *
   * @param mu the feature mean, length {@code d}
   * @param sigma the covariance, row-major, length {@code d * d}
   * @param n the number of samples, or {@link #UNKNOWN_COUNT}
   */
  public FeatureStatistics {
    checkArgument(mu.length > 0, "mu must be non-empty");
    checkArgument(
        sigma.length == (long) mu.length * mu.length,
        "sigma must be %s x %s (%s values) to match mu, got %s values",
        mu.length,
        mu.length,
        (long) mu.length * mu.length,
        sigma.length);
    checkArgument(n == UNKNOWN_COUNT || n >= 2, "n must be >= 2 or UNKNOWN_COUNT, got %s", n);
    mu = mu.clone();
    sigma = sigma.clone();
    for (int i = 0; i < mu.length; i++) {
      checkArgument(Double.isFinite(mu[i]), "mu[%s] is not finite: %s", i, (Object) mu[i]);
    }
    for (int i = 0; i < sigma.length; i++) {
      if (!Double.isFinite(sigma[i])) {
        throw new IllegalArgumentException(
            "sigma[" + i / mu.length + "][" + i % mu.length + "] is not finite: " + sigma[i]);
      }
    }
  }

  /**
   * {@return statistics from a mean and a {@code double[d][d]} covariance}
   *
   * @param mu the mean, of length d
   * @param sigma the covariance, {@code [d][d]}
   * @param n the number of samples the statistics come from, or {@link #UNKNOWN_COUNT}
   */
  public static FeatureStatistics of(double[] mu, double[][] sigma, long n) {
    int d = mu.length;
    checkArgument(sigma.length == d, "sigma has %s rows, mu has %s entries", sigma.length, d);
    double[] flat = new double[Math.multiplyExact(d, d)];
    for (int i = 0; i < d; i++) {
      checkArgument(
          sigma[i].length == d, "sigma row %s has %s columns, need %s", i, sigma[i].length, d);
      System.arraycopy(sigma[i], 0, flat, i * d, d);
    }
    return new FeatureStatistics(mu, flat, n);
  }

  /** {@return the feature dimension {@code d}} */
  public int dim() {
    return mu.length;
  }

  /** {@return a copy of the mean} */
  @Override
  public double[] mu() {
    return mu.clone();
  }

  /** {@return a copy of the covariance, row-major} */
  @Override
  public double[] sigma() {
    return sigma.clone();
  }

  /**
   * {@return the covariance entry at row {@code i}, column {@code j}}
   *
   * @param i the row, in [0, d)
   * @param j the column, in [0, d)
   */
  public double sigma(int i, int j) {
    return sigma[i * mu.length + j];
  }

  /** {@return a copy of the covariance as {@code double[d][d]}} */
  public double[][] sigmaMatrix() {
    int d = mu.length;
    double[][] out = new double[d][];
    for (int i = 0; i < d; i++) {
      out[i] = Arrays.copyOfRange(sigma, i * d, (i + 1) * d);
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureStatistics other
        && n == other.n
        && Arrays.equals(mu, other.mu)
        && Arrays.equals(sigma, other.sigma);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(mu) + Arrays.hashCode(sigma)) + Long.hashCode(n);
  }

  @Override
  public String toString() {
    return "FeatureStatistics[d=" + mu.length + ", n=" + (n == UNKNOWN_COUNT ? "unknown" : n) + "]";
  }
}
