package org.ganlab.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import org.ganlab.core.config.Checks;
import org.tensorflow.types.TFloat64;

/**
 * Fréchet Inception Distance (Heusel et al. 2017) between two feature sets or their Gaussian
 * statistics:
 *
 * <pre>FID = |mu1 - mu2|^2 + Tr(S1) + Tr(S2) - 2 Tr((S1 S2)^(1/2))</pre>
 *
 * <p>with unbiased covariances (divided by {@code n - 1}, as {@code numpy.cov} in pytorch-fid and
 * TTUR). All arithmetic is float64: the means and the centring in Java, the rest in TensorFlow ops.
 *
 * <p><b>Covariances.</b> {@code C C^T} with {@code C = (X - mu)^T} is assembled from blocks of
 * features: only the blocks on and above the diagonal are multiplied and the others are their
 * transposes, which halves the work of one large product (as BLAS {@code syrk} does) and makes the
 * result exactly symmetric. {@code C} is written once, by a Java pass that centres and transposes
 * the features, into one tensor that both sets of a pair use in turn.
 *
 * <p><b>How the trace term is computed.</b> The reference implementations form the non-symmetric
 * product {@code S1 S2} and take a general matrix square root ({@code scipy.linalg.sqrtm}, a Schur
 * decomposition). This class instead takes the square roots of the eigenvalues of a symmetric
 * positive semi-definite matrix with the same spectrum as {@code S1 S2}, by one of two routes:
 *
 * <ul>
 *   <li><b>Cholesky</b> (when {@code S1} is positive definite): {@code S1 = L L^T}, then the
 *       eigenvalues only of {@code L^T S2 L}, which is similar to {@code S1 S2} ({@code L^T S2 L =
 *       L^(-1) (S1 S2) L}). A Cholesky factorization costs a fraction of an eigendecomposition with
 *       vectors, and {@code L^T S2 L} is multiplied in blocks that skip {@code L}'s zero blocks and
 *       the lower half of the symmetric result (a third of two dense products' work).
 *   <li><b>Eigen</b> (the fallback): with {@code S1 = V diag(l) V^T} (one symmetric
 *       eigendecomposition with vectors), the eigenvalues only of {@code B = diag(sqrt(l)) (V^T S2
 *       V) diag(sqrt(l))}, which is orthogonally similar to {@code S1^(1/2) S2 S1^(1/2)}.
 * </ul>
 *
 * <p>The Cholesky route is taken unless {@code S1} comes from {@code n <= d} samples (then it is
 * singular), a variance or a pivot {@code L_ii^2} of {@code S1} is at most {@code sqrt(eps)} (about
 * 1.5e-8) times its largest variance, or the factorization fails (TensorFlow then logs a warning
 * that it filled the factor with NaN). These are the numerically singular or nearly singular cases,
 * where the eigen route's clamping of {@code S1}'s eigenvalues (below) keeps the result exact. Both
 * routes are backward stable, faster than a Schur-based square root, and agree with SciPy's {@code
 * sqrtm} formulation far inside the 1e-6 relative that DESIGN.md requires on well-conditioned
 * inputs (the tests hold them to 1e-11 of it on their fixtures).
 *
 * <p><b>Rank-deficient covariances</b> (fewer samples than dimensions, duplicated features) have
 * eigenvalues that are zero in exact arithmetic but come out of any solver as {@code ±eps * |S|}.
 * Taking square roots of that noise would add about {@code sqrt(eps) |S|} per null direction (a
 * 1e-8 relative error, visible as FID(X, X) != 0). So eigenvalues of {@code S1} and of {@code B}
 * (or of {@code L^T S2 L}) below {@code rankTolerance * d * eps * max eigenvalue} (NumPy's {@code
 * matrix_rank} threshold when {@code rankTolerance = 1}) are set to zero, and negative ones always
 * are. With this, rank-deficient inputs give the exact value (checked against the nuclear-norm
 * identity {@code Tr((S1 S2)^(1/2)) = ||A B^T||_*} with {@code S1 = A^T A}, {@code S2 = B^T B})
 * where SciPy's {@code sqrtm} is off by about 1e-8 relative.
 *
 * <p>Each call builds a small graph and closes it (and every tensor) before returning, so an
 * instance holds no native resources and is safe to share between threads.
 */
public final class FrechetInceptionDistance {

  /**
   * Settings of the FID computation.
   *
   * @param rankTolerance eigenvalues below {@code rankTolerance * d * eps * max eigenvalue} are
   *     treated as zero (see the class comment); 1 by default, 0 clamps only negative eigenvalues
   */
  public record Config(double rankTolerance) {
    /** The default: NumPy's rank threshold. */
    public static final Config DEFAULT = new Config(1.0);

    /**
     * Validates the settings.
     *
     * @param rankTolerance eigenvalues below {@code rankTolerance * d * eps * max eigenvalue} are
     *     treated as zero (see the class comment); 1 by default, 0 clamps only negative eigenvalues
     */
    public Config {
      Checks.nonNegative("rankTolerance", rankTolerance);
    }
  }

  /**
   * FID and its parts, so a caller can see whether the means or the covariances differ.
   *
   * @param value the FID, {@code meanTerm + trace1 + trace2 - 2 * traceSqrt}, clamped at 0 (it can
   *     only go below 0 by rounding)
   * @param meanTerm {@code |mu1 - mu2|^2}
   * @param trace1 {@code Tr(S1)}
   * @param trace2 {@code Tr(S2)}
   * @param traceSqrt {@code Tr((S1 S2)^(1/2))}
   * @param singular whether a covariance is singular because its set has no more samples than
   *     dimensions ({@code n <= d}, rank at most {@code n - 1}): the value is then finite and exact
   *     for these statistics but biased upward as an estimate, so compare it only with FIDs of the
   *     same sample counts ({@link #isSingular})
   */
  public record Result(
      double value,
      double meanTerm,
      double trace1,
      double trace2,
      double traceSqrt,
      boolean singular) {}

  /**
   * {@return whether {@code s}'s covariance is singular because it comes from {@code n <= d}
   * samples; false when the count is {@linkplain FeatureStatistics#UNKNOWN_COUNT unknown}
   * (statistics from a file)}
   *
   * @param s the statistics to check
   */
  public static boolean isSingular(FeatureStatistics s) {
    return s.n() != FeatureStatistics.UNKNOWN_COUNT && s.n() <= s.dim();
  }

  private final Config config;

  /** FID with the default settings. */
  public FrechetInceptionDistance() {
    this(Config.DEFAULT);
  }

  /**
   * FID with the given settings.
   *
   * @param config the rank tolerance below which a covariance's eigenvalues count as zero
   */
  public FrechetInceptionDistance(Config config) {
    this.config = config;
  }

  /** {@return the settings} */
  public Config config() {
    return config;
  }

  /**
   * {@return FID between two feature sets (same dimension, at least 2 rows each)} With {@code n <=
   * d} rows in a set the value is biased: {@link #compute(FeatureMatrix, FeatureMatrix)} says so.
   *
   * @param a one feature set, one row per sample
   * @param b the other feature set, of the same width
   */
  public double distance(FeatureMatrix a, FeatureMatrix b) {
    return compute(a, b).value();
  }

  /**
   * {@return FID between two precomputed statistics (for example a reference {@code .npz})}
   *
   * @param a the statistics of one set
   * @param b the statistics of the other set, of the same dimension
   */
  public double distance(FeatureStatistics a, FeatureStatistics b) {
    return compute(a, b).value();
  }

  /**
   * {@return FID and its parts between two feature sets}
   *
   * @param a one feature set, one row per sample
   * @param b the other feature set, of the same width
   */
  public Result compute(FeatureMatrix a, FeatureMatrix b) {
    return compute(a, b, null).result();
  }

  /**
   * {@return mean and unbiased covariance of a feature set, computed in float64 TensorFlow ops:
   * {@code mu = mean(X)}, {@code S = (X - mu)^T (X - mu) / (n - 1)}}
   *
   * @param x the features, one row per sample; at least 2 rows
   */
  public FeatureStatistics statistics(FeatureMatrix x) {
    checkArgument(x.rows() >= 2, "need at least 2 samples for a covariance, got %s", x.rows());
    double[][] mu = new double[1][];
    try (FeatureCovariances c = new FeatureCovariances(List.of(x), mu)) {
      return new FeatureStatistics(mu[0], Tensors.toArray(c.get(0)), x.rows());
    }
  }

  /**
   * {@return FID and its parts between two precomputed statistics}
   *
   * @param a the statistics of one set
   * @param b the statistics of the other set, of the same dimension
   */
  public Result compute(FeatureStatistics a, FeatureStatistics b) {
    return compute(a, b, null).result();
  }

  /** How {@code Tr((S1 S2)^(1/2))} was computed (see the class comment). */
  enum Route {
    /** Eigenvalues of {@code L^T S2 L} with {@code S1 = L L^T}. */
    CHOLESKY,
    /** Eigendecomposition of {@code S1}, then the eigenvalues of {@code B}. */
    EIGEN
  }

  /** A result and the route its trace term took. */
  record Computation(Result result, Route route) {}

  /**
   * {@link #compute(FeatureMatrix, FeatureMatrix)} that also says which route it took; {@code
   * forced} (null: choose as the class comment says) makes it take the given one, for tests.
   */
  Computation compute(FeatureMatrix a, FeatureMatrix b, Route forced) {
    checkArgument(a.cols() == b.cols(), "feature dimensions differ: %s vs %s", a.cols(), b.cols());
    checkArgument(a.rows() >= 2, "need at least 2 samples for a covariance, got %s", a.rows());
    checkArgument(b.rows() >= 2, "need at least 2 samples for a covariance, got %s", b.rows());
    int d = a.cols();
    // The covariances stay in native tensors and go straight into the trace computation.
    double[][] means = new double[2][];
    try (FeatureCovariances c = new FeatureCovariances(List.of(a, b), means);
        TFloat64 mu1 = Tensors.vector(means[0]);
        TFloat64 mu2 = Tensors.vector(means[1])) {
      return GaussianFrechetDistance.compute(
          mu1,
          c.get(0),
          mu2,
          c.get(1),
          d,
          a.rows() <= d,
          a.rows() <= d || b.rows() <= d,
          forced,
          config.rankTolerance());
    }
  }

  /** {@link #compute(FeatureStatistics, FeatureStatistics)} with its route; see above. */
  Computation compute(FeatureStatistics a, FeatureStatistics b, Route forced) {
    checkArgument(a.dim() == b.dim(), "statistics dimensions differ: %s vs %s", a.dim(), b.dim());
    int d = a.dim();
    try (TFloat64 mu1 = Tensors.vector(a.mu());
        TFloat64 mu2 = Tensors.vector(b.mu());
        TFloat64 sigma1 = Tensors.matrix(a.sigma(), d, d);
        TFloat64 sigma2 = Tensors.matrix(b.sigma(), d, d)) {
      return GaussianFrechetDistance.compute(
          mu1,
          sigma1,
          mu2,
          sigma2,
          d,
          isSingular(a),
          isSingular(a) || isSingular(b),
          forced,
          config.rankTolerance());
    }
  }
}
