package org.ganlab.metrics;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Density and coverage (Naeem et al. 2020) of generated features against real features, from the
 * k-nearest-neighbour balls of the real samples only (default {@code k = 5}).
 *
 * <p>With {@code B(r)} the ball around real sample {@code r} whose radius is the distance to its
 * k-th nearest other real sample, {@code N} real and {@code M} generated samples:
 *
 * <ul>
 *   <li>density = {@code (1 / (k M)) * sum over generated f of #{r : f in B(r)}} (can exceed 1);
 *   <li>coverage = share of real {@code r} whose nearest generated sample lies in {@code B(r)}.
 * </ul>
 *
 * <p>"In the ball" is a strict {@code <}, as in the authors' reference code ({@code prdc}).
 * Distances are Euclidean, computed blockwise in float64.
 *
 * <p>Immutable; each call builds and closes its own graph, so an instance may be shared between
 * threads.
 */
public final class DensityCoverage {

  /**
   * Settings.
   *
   * @param k the neighbour whose distance is a ball's radius (default 5, as in the paper)
   * @param blockRows rows per distance block (default 1024)
   */
  public record Config(int k, int blockRows) {
    /** {@code k = 5}, blocks of 1024 rows. */
    public static final Config DEFAULT = new Config(5, 1024);

    /**
     * Validates the settings.
     *
     * @param k the neighbour whose distance is a ball's radius (default 5, as in the paper)
     * @param blockRows rows per distance block (default 1024)
     */
    public Config {
      checkArgument(k >= 1, "k must be >= 1, got %s", k);
      checkArgument(blockRows >= 1, "blockRows must be >= 1, got %s", blockRows);
    }
  }

  /**
   * Density and coverage.
   *
   * @param density mean number of real balls containing a generated sample, divided by k
   * @param coverage share of real balls that contain at least one generated sample's nearest hit
   */
  public record Result(double density, double coverage) {}

  private final Config config;

  /** Density/coverage with {@code k = 5}. */
  public DensityCoverage() {
    this(Config.DEFAULT);
  }

  /**
   * Density/coverage with the given settings.
   *
   * @param config the neighbourhood size k and the rows per distance block
   */
  public DensityCoverage(Config config) {
    this.config = config;
  }

  /** {@return the settings} */
  public Config config() {
    return config;
  }

  /**
   * {@return density and coverage of {@code generated} against {@code real}}
   *
   * @param real features of the real samples, one row each
   * @param generated features of the generated samples, of the same width
   */
  public Result compute(FeatureMatrix real, FeatureMatrix generated) {
    checkArgument(
        real.cols() == generated.cols(),
        "feature dimensions differ: %s vs %s",
        real.cols(),
        generated.cols());
    double[] realRadii =
        ManifoldDistances.kthNeighbourSquaredRadii(real, config.k(), config.blockRows());
    // Density and coverage use only the real balls; the generated radii argument is unused here.
    ManifoldDistances.CrossResult c =
        ManifoldDistances.cross(
            real, generated, realRadii, new double[generated.rows()], config.blockRows());
    double count = 0;
    for (double v : c.colCountA()) {
      count += v;
    }
    double density = count / ((double) config.k() * generated.rows());
    int covered = 0;
    double[] rowMin = c.rowMin();
    for (int i = 0; i < rowMin.length; i++) {
      if (rowMin[i] < realRadii[i]) {
        covered++;
      }
    }
    return new Result(density, (double) covered / real.rows());
  }
}
