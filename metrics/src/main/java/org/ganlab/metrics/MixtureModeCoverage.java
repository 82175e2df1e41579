package org.ganlab.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * Mode coverage on Gaussian-mixture toy data (the 2D ring of 8 and grid of 25 Gaussians of the
 * mode-collapse literature), as measured by VEEGAN (Srivastava et al. 2017) and PacGAN (Lin et al.
 * 2018).
 *
 * <p>Every sample is assigned to its nearest mode centre. It is <em>high quality</em> if its
 * distance to that centre is below {@link Config#thresholdStds()} (default 3) standard deviations.
 * A mode is <em>captured</em> if at least {@link Config#minSamplesPerMode()} (default 1)
 * high-quality samples are assigned to it. This is the rule of PacGAN's published evaluation code
 * ({@code MetricLogger}: nearest mode by std-normalised distance, strict {@code < 3}, a mode counts
 * once it has one such sample); all modes share one isotropic standard deviation here.
 *
 * <p>The literature's settings: ring of 8 modes on a circle of radius 2 with std 0.02 (Unrolled
 * GAN, VEEGAN); grid of 5 x 5 modes at {-4, -2, 0, 2, 4}^2 with std 0.05 (VEEGAN, PacGAN), each
 * evaluated on 2,500 samples. {@link Config#ring} and {@link Config#grid} build such settings.
 *
 * <p>Immutable and thread-safe (plain Java arithmetic, no native resources).
 */
public final class MixtureModeCoverage {

  /**
   * The mixture and the thresholds.
   *
   * @param centres mode centres, {@code [modes][dim]} (dim is 2 for the standard toy data)
   * @param std the standard deviation of every mode
   * @param thresholdStds a sample is high quality within this many stds of its nearest centre
   *     (default 3)
   * @param minSamplesPerMode high-quality samples a mode needs to count as captured (default 1)
   */
  public record Config(
      double[][] centres, double std, double thresholdStds, int minSamplesPerMode) {
    /**
     * Validates and copies.
     *
     * @param centres mode centres, {@code [modes][dim]} (dim is 2 for the standard toy data)
     * @param std the standard deviation of every mode
     * @param thresholdStds a sample is high quality within this many stds of its nearest centre
     *     (default 3)
     * @param minSamplesPerMode high-quality samples a mode needs to count as captured (default 1)
     */
    public Config {
      checkArgument(centres.length > 0, "need at least one mode centre");
      int dim = centres[0].length;
      checkArgument(dim > 0, "centres must have at least one coordinate");
      double[][] copy = new double[centres.length][];
      for (int i = 0; i < centres.length; i++) {
        checkArgument(
            centres[i].length == dim,
            "centre %s has %s coordinates, centre 0 has %s",
            i,
            centres[i].length,
            dim);
        copy[i] = centres[i].clone();
      }
      centres = copy;
      checkArgument(std > 0 && Double.isFinite(std), "std must be positive, got %s", std);
      checkArgument(thresholdStds > 0, "thresholdStds must be positive, got %s", thresholdStds);
      checkArgument(
          minSamplesPerMode >= 1, "minSamplesPerMode must be >= 1, got %s", minSamplesPerMode);
    }

    /**
     * {@return centres and std with the default thresholds (3 std, 1 sample)}
     *
     * @param centres the mode centres, one row of coordinates each
     * @param std the standard deviation of each mode along each axis
     */
    public static Config of(double[][] centres, double std) {
      return new Config(centres, std, 3.0, 1);
    }

    /**
     * {@return {@code modes} centres evenly on a circle of {@code radius} around the origin, from
     * angle 0}
     *
     * @param modes the number of modes
     * @param radius the circle's radius
     * @param std the standard deviation of each mode along each axis
     */
    public static Config ring(int modes, double radius, double std) {
      checkArgument(modes >= 1, "modes must be >= 1, got %s", modes);
      double[][] c = new double[modes][];
      for (int k = 0; k < modes; k++) {
        double a = 2 * Math.PI * k / modes;
        c[k] = new double[] {radius * Math.cos(a), radius * Math.sin(a)};
      }
      return of(c, std);
    }

    /**
     * {@return a {@code side x side} grid centred on the origin with {@code spacing} between
     * neighbours ({@code grid(5, 2, 0.05)} is the 25-mode grid at {-4, ..., 4}^2), row-major from
     * the lowest corner}
     *
     * @param side the number of modes along each axis
     * @param spacing the distance between neighbouring centres
     * @param std the standard deviation of each mode along each axis
     */
    public static Config grid(int side, double spacing, double std) {
      checkArgument(side >= 1, "side must be >= 1, got %s", side);
      double[][] c = new double[side * side][];
      double half = (side - 1) / 2.0;
      for (int i = 0; i < side; i++) {
        for (int j = 0; j < side; j++) {
          c[i * side + j] = new double[] {(i - half) * spacing, (j - half) * spacing};
        }
      }
      return of(c, std);
    }

    /** {@return a copy of the centres} */
    @Override
    public double[][] centres() {
      double[][] copy = new double[centres.length][];
      for (int i = 0; i < centres.length; i++) {
        copy[i] = centres[i].clone();
      }
      return copy;
    }
  }

  /**
   * Coverage of one sample set.
   *
   * @param modesCaptured modes with at least {@code minSamplesPerMode} high-quality samples
   * @param modes the number of modes
   * @param highQualityFraction share of all samples that are high quality
   * @param samplesPerMode high-quality samples assigned to each mode
   */
  public record Result(
      int modesCaptured, int modes, double highQualityFraction, int[] samplesPerMode) {
    /**
     * Copies the counts.
     *
     * @param modesCaptured modes with at least {@code minSamplesPerMode} high-quality samples
     * @param modes the number of modes
     * @param highQualityFraction share of all samples that are high quality
     * @param samplesPerMode high-quality samples assigned to each mode
     */
    public Result {
      samplesPerMode = samplesPerMode.clone();
    }

    /** {@return a copy of the per-mode counts} */
    @Override
    public int[] samplesPerMode() {
      return samplesPerMode.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Result r
          && modesCaptured == r.modesCaptured
          && modes == r.modes
          && Double.compare(highQualityFraction, r.highQualityFraction) == 0
          && Arrays.equals(samplesPerMode, r.samplesPerMode);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(samplesPerMode) * 31 + modesCaptured;
    }

    @Override
    public String toString() {
      return "Result[modesCaptured="
          + modesCaptured
          + "/"
          + modes
          + ", highQualityFraction="
          + highQualityFraction
          + ", samplesPerMode="
          + Arrays.toString(samplesPerMode)
          + "]";
    }
  }

  private final Config config;

  /**
   * Coverage of the given mixture.
   *
   * @param config the mixture's centres, std and thresholds
   */
  public MixtureModeCoverage(Config config) {
    this.config = config;
  }

  /** {@return the mixture and thresholds} */
  public Config config() {
    return config;
  }

  /**
   * {@return coverage of samples {@code [n][dim]}}
   *
   * @param samples the samples, one row of coordinates each
   */
  public Result compute(double[][] samples) {
    checkArgument(samples.length > 0, "no samples");
    double[][] centres = config.centres;
    int dim = centres[0].length;
    // Compare squared distances to the squared threshold: same decisions, no square roots.
    double limit = config.thresholdStds() * config.std();
    double limit2 = limit * limit;
    int[] counts = new int[centres.length];
    int good = 0;
    for (int i = 0; i < samples.length; i++) {
      double[] x = samples[i];
      checkArgument(
          x.length == dim, "sample %s has %s coordinates, centres have %s", i, x.length, dim);
      int best = -1;
      double bestD2 = Double.POSITIVE_INFINITY;
      for (int k = 0; k < centres.length; k++) {
        double d2 = 0;
        for (int j = 0; j < dim; j++) {
          double t = x[j] - centres[k][j];
          d2 += t * t;
        }
        if (d2 < bestD2) {
          bestD2 = d2;
          best = k;
        }
      }
      if (bestD2 < limit2) {
        counts[best]++;
        good++;
      }
    }
    int captured = 0;
    for (int c : counts) {
      if (c >= config.minSamplesPerMode()) {
        captured++;
      }
    }
    return new Result(captured, centres.length, (double) good / samples.length, counts);
  }

  /**
   * {@return coverage of samples held in a matrix (rows = samples)}
   *
   * @param samples the samples, one row of coordinates each
   */
  public Result compute(FeatureMatrix samples) {
    return compute(samples.toArray());
  }
}
