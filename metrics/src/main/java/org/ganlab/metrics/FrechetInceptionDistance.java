package org.ganlab.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.linalg.MatMul;
import org.tensorflow.op.linalg.SelfAdjointEig;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt32;

/**
 * Fréchet Inception Distance (Heusel et al. 2017) between two feature sets or their Gaussian
 * statistics:
 *
 * <pre>FID = |mu1 - mu2|^2 + Tr(S1) + Tr(S2) - 2 Tr((S1 S2)^(1/2))</pre>
 *
 * <p>with unbiased covariances (divided by {@code n - 1}, as {@code numpy.cov} in pytorch-fid and
 * TTUR). Everything runs in float64 TensorFlow ops.
 *
 * <p><b>How the trace term is computed.</b> The reference implementations form the non-symmetric
 * product {@code S1 S2} and take a general matrix square root ({@code scipy.linalg.sqrtm}, a Schur
 * decomposition). This class uses the identity {@code Tr((S1 S2)^(1/2)) = Tr((S1^(1/2) S2
 * S1^(1/2))^(1/2))}: the right-hand matrix is symmetric positive semi-definite, so the trace is the
 * sum of the square roots of its eigenvalues. Concretely, with {@code S1 = V diag(l) V^T}:
 *
 * <ol>
 *   <li>one symmetric eigendecomposition of {@code S1} (with vectors);
 *   <li>{@code B = diag(sqrt(l)) (V^T S2 V) diag(sqrt(l))}, which is orthogonally similar to {@code
 *       S1^(1/2) S2 S1^(1/2)} and so has the same eigenvalues, without forming the root;
 *   <li>the eigenvalues of {@code B} only (no vectors, the cheap part of an eigensolver).
 * </ol>
 *
 * <p>Symmetric eigensolvers are backward stable and several times faster than a Schur-based square
 * root, and the result agrees with SciPy's {@code sqrtm} formulation to about 1e-13 relative or
 * better on well-conditioned inputs.
 *
 * <p><b>Rank-deficient covariances</b> (fewer samples than dimensions, duplicated features) have
 * eigenvalues that are zero in exact arithmetic but come out of any solver as {@code ±eps * |S|}.
 * Taking square roots of that noise would add about {@code sqrt(eps) |S|} per null direction (a
 * 1e-8 relative error, visible as FID(X, X) != 0). So eigenvalues of {@code S1} and of {@code B}
 * below {@code rankTolerance * d * eps * max eigenvalue} (NumPy's {@code matrix_rank} threshold
 * when {@code rankTolerance = 1}) are set to zero, and negative ones always are. With this,
 * rank-deficient inputs give the exact value (checked against the nuclear-norm identity {@code
 * Tr((S1 S2)^(1/2)) = ||A B^T||_*} with {@code S1 = A^T A}, {@code S2 = B^T B}) where SciPy's
 * {@code sqrtm} is off by about 1e-8 relative.
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
      checkArgument(
          rankTolerance >= 0 && Double.isFinite(rankTolerance),
          "rankTolerance must be finite and >= 0, got %s",
          rankTolerance);
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

  /** The machine epsilon of float64, as {@code numpy.finfo(float).eps}. */
  private static final double EPS = Math.ulp(1.0);

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
    checkArgument(a.cols() == b.cols(), "feature dimensions differ: %s vs %s", a.cols(), b.cols());
    return compute(statistics(a), statistics(b));
  }

  /**
   * {@return mean and unbiased covariance of a feature set, computed in float64 TensorFlow ops:
   * {@code mu = mean(X)}, {@code S = (X - mu)^T (X - mu) / (n - 1)}}
   *
   * @param x the features, one row per sample; at least 2 rows
   */
  public FeatureStatistics statistics(FeatureMatrix x) {
    checkArgument(x.rows() >= 2, "need at least 2 samples for a covariance, got %s", x.rows());
    int n = x.rows();
    int d = x.cols();
    try (Graph g = new Graph();
        Session s = new Session(g);
        TFloat64 input = x.toTensor()) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat64> xs = tf.placeholder(TFloat64.class);
      Operand<TFloat64> mu = tf.math.mean(xs, tf.constant(0));
      Operand<TFloat64> centered = tf.math.sub(xs, mu);
      Operand<TFloat64> cov =
          tf.math.div(
              tf.linalg.matMul(centered, centered, MatMul.transposeA(true)),
              tf.constant((double) (n - 1)));
      // GEMM need not return an exactly symmetric X^T X (blocking may sum (i,j) and (j,i) in
      // different orders); symmetrize so the statistics are exactly symmetric.
      Operand<TFloat64> sym = symmetrize(tf, cov);
      try (org.tensorflow.Result r = s.runner().feed(xs, input).fetch(mu).fetch(sym).run()) {
        double[] m = Tensors.toArray(r.get(0));
        double[] c = Tensors.toArray(r.get(1));
        checkArgument(m.length == d && c.length == (long) d * d, "unexpected statistics shape");
        return new FeatureStatistics(m, c, n);
      }
    }
  }

  /**
   * {@return FID and its parts between two precomputed statistics}
   *
   * @param a the statistics of one set
   * @param b the statistics of the other set, of the same dimension
   */
  public Result compute(FeatureStatistics a, FeatureStatistics b) {
    checkArgument(a.dim() == b.dim(), "statistics dimensions differ: %s vs %s", a.dim(), b.dim());
    int d = a.dim();
    try (Graph g = new Graph();
        Session s = new Session(g);
        TFloat64 mu1 = Tensors.vector(a.mu());
        TFloat64 mu2 = Tensors.vector(b.mu());
        TFloat64 sigma1 = Tensors.matrix(a.sigma(), d, d);
        TFloat64 sigma2 = Tensors.matrix(b.sigma(), d, d)) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat64> m1 = tf.placeholder(TFloat64.class);
      Placeholder<TFloat64> m2 = tf.placeholder(TFloat64.class);
      Placeholder<TFloat64> s1In = tf.placeholder(TFloat64.class);
      Placeholder<TFloat64> s2In = tf.placeholder(TFloat64.class);
      // Statistics from files may be symmetric only to rounding; the eigensolver reads one
      // triangle, so symmetrize to make the result independent of which one.
      Operand<TFloat64> s1 = symmetrize(tf, s1In);
      Operand<TFloat64> s2 = symmetrize(tf, s2In);

      Operand<TInt32> axis0 = tf.constant(0);
      Operand<TFloat64> diff = tf.math.sub(m1, m2);
      Operand<TFloat64> meanTerm = tf.reduceSum(tf.math.square(diff), axis0);
      Operand<TFloat64> trace1 = tf.reduceSum(tf.linalg.tensorDiagPart(s1), axis0);
      Operand<TFloat64> trace2 = tf.reduceSum(tf.linalg.tensorDiagPart(s2), axis0);
      Operand<TFloat64> traceSqrt = traceSqrtProduct(tf, s1, s2, d, config.rankTolerance());

      try (org.tensorflow.Result r =
          s.runner()
              .feed(m1, mu1)
              .feed(m2, mu2)
              .feed(s1In, sigma1)
              .feed(s2In, sigma2)
              .fetch(meanTerm)
              .fetch(trace1)
              .fetch(trace2)
              .fetch(traceSqrt)
              .run()) {
        double mean = Tensors.scalar(r.get(0));
        double t1 = Tensors.scalar(r.get(1));
        double t2 = Tensors.scalar(r.get(2));
        double ts = Tensors.scalar(r.get(3));
        double value = Math.max(0.0, mean + t1 + t2 - 2.0 * ts);
        return new Result(value, mean, t1, t2, ts, isSingular(a) || isSingular(b));
      }
    }
  }

  /**
   * Builds {@code Tr((S1 S2)^(1/2))} from the eigenvalues of {@code S1^(1/2) S2 S1^(1/2)} (see the
   * class comment). Package-private so the benchmark and tests can reuse the exact graph.
   */
  static Operand<TFloat64> traceSqrtProduct(
      Ops tf, Operand<TFloat64> s1, Operand<TFloat64> s2, int d, double rankTolerance) {
    SelfAdjointEig<TFloat64> eig1 = tf.linalg.selfAdjointEig(s1, SelfAdjointEig.computeV(true));
    Operand<TFloat64> l = clampSmall(tf, eig1.e(), d, rankTolerance);
    Operand<TFloat64> v = eig1.v();
    Operand<TFloat64> rootL = tf.math.sqrt(l);
    // V^T S2 V: S2 expressed in S1's eigenbasis.
    Operand<TFloat64> rotated =
        tf.linalg.matMul(tf.linalg.matMul(v, s2, MatMul.transposeA(true)), v);
    // diag(sqrt(l)) M diag(sqrt(l)) by broadcasting a column and a row instead of two matmuls.
    Operand<TFloat64> column = tf.expandDims(rootL, tf.constant(1));
    Operand<TFloat64> row = tf.expandDims(rootL, tf.constant(0));
    Operand<TFloat64> b = symmetrize(tf, tf.math.mul(tf.math.mul(column, rotated), row));
    Operand<TFloat64> e =
        clampSmall(
            tf, tf.linalg.selfAdjointEig(b, SelfAdjointEig.computeV(false)).e(), d, rankTolerance);
    return tf.reduceSum(tf.math.sqrt(e), tf.constant(0));
  }

  /**
   * Sets eigenvalues below {@code rankTolerance * d * eps * max(max eigenvalue, 0)} to zero (and so
   * every negative one), because they are indistinguishable from rounding noise.
   */
  private static Operand<TFloat64> clampSmall(
      Ops tf, Operand<TFloat64> eigenvalues, int d, double rankTolerance) {
    Operand<TFloat64> largest =
        tf.math.maximum(tf.reduceMax(eigenvalues, tf.constant(0)), tf.constant(0.0));
    Operand<TFloat64> threshold = tf.math.mul(largest, tf.constant(rankTolerance * d * EPS));
    // With rankTolerance = 0 the threshold is 0 and only negative eigenvalues are dropped; the
    // comparison is "<=" so that an all-zero spectrum stays zero.
    return tf.select(
        tf.math.lessEqual(eigenvalues, threshold), tf.zerosLike(eigenvalues), eigenvalues);
  }

  /** (S + S^T) / 2. */
  static Operand<TFloat64> symmetrize(Ops tf, Operand<TFloat64> m) {
    return tf.math.mul(
        tf.math.add(m, tf.linalg.transpose(m, tf.constant(new int[] {1, 0}))), tf.constant(0.5));
  }
}
