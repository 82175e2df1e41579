package org.ganlab.metrics;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Improved precision and recall (Kynkäänniemi et al. 2019) of generated features against real
 * features, from k-nearest-neighbour manifolds (default {@code k = 3}).
 *
 * <p>Each set's manifold is the union of balls around its points, each ball's radius being the
 * distance to the point's k-th nearest neighbour within the same set (the point itself excluded).
 * Then
 *
 * <ul>
 *   <li>precision = share of generated points inside the real manifold: {@code |f - r| <=
 *       radius(r)} for some real {@code r};
 *   <li>recall = share of real points inside the generated manifold.
 * </ul>
 *
 * <p>The comparison is "{@code <=}", as in the authors' official code. Distances are Euclidean,
 * computed blockwise in float64 (see {@link Config#blockRows()}).
 *
 * <p>Immutable; each call builds and closes its own graph, so an instance may be shared between
 * threads.
 */
public final class PrecisionRecall {

  /**
   * Settings.
   *
   * @param k the neighbour whose distance is a ball's radius (default 3, as in the paper)
   * @param blockRows rows per distance block; memory is about {@code 8 * blockRows * n} bytes per
   *     intermediate (default 1024)
   */
  public record Config(int k, int blockRows) {
    /** {@code k = 3}, blocks of 1024 rows. */
    public static final Config DEFAULT = new Config(3, 1024);

    /**
     * Validates the settings.
     *
     * @param k the neighbour whose distance is a ball's radius (default 3, as in the paper)
     * @param blockRows rows per distance block; memory is about {@code 8 * blockRows * n} bytes per
     *     intermediate (default 1024)
     */
    public Config {
      checkArgument(k >= 1, "k must be >= 1, got %s", k);
      checkArgument(blockRows >= 1, "blockRows must be >= 1, got %s", blockRows);
    }
  }

  /**
   * Precision and recall, each in [0, 1].
   *
   * @param precision share of generated samples inside the real manifold
   * @param recall share of real samples inside the generated manifold
   */
  public record Result(double precision, double recall) {}

  private final Config config;

  /** Precision/recall with {@code k = 3}. */
  public PrecisionRecall() {
    this(Config.DEFAULT);
  }

  /**
   * Precision/recall with the given settings.
   *
   * @param config the neighbourhood size k and the rows per distance block
   */
  public PrecisionRecall(Config config) {
    this.config = config;
  }

  /** {@return the settings} */
  public Config config() {
    return config;
  }

  /**
   * {@return precision and recall of {@code generated} against {@code real}}
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
    double[] fakeRadii =
        ManifoldDistances.kthNeighbourSquaredRadii(generated, config.k(), config.blockRows());
    // One pass over real-row blocks gives both directions: per real row (recall) and, accumulated
    // over blocks, per generated row (precision).
    ManifoldDistances.CrossResult c =
        ManifoldDistances.cross(real, generated, realRadii, fakeRadii, config.blockRows());
    return new Result(mean(c.colInA()), mean(c.rowInB()));
  }

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }
}
