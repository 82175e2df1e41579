package org.ganlab.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DoubleDataBuffer;
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
 *       vectors.
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
 * routes are backward stable, several times faster than a Schur-based square root, and agree with
 * SciPy's {@code sqrtm} formulation to about 1e-13 relative or better on well-conditioned inputs.
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

  /**
   * The Cholesky route is taken only when every pivot satisfies {@code L_ii^2 > tolerance * max_i
   * S1_ii}; smaller pivots mean {@code S1} is numerically singular or close to it, where the eigen
   * route's clamping of {@code S1}'s eigenvalues matters (see the class comment).
   */
  private static final double CHOLESKY_PIVOT_TOLERANCE = Math.sqrt(EPS);

  /** Features per block of the covariance's Gram matrix (see {@link #gram}). */
  private static final int GRAM_BLOCK = 256;

  /** Rows summed before their sum is added to the total (see {@link #centreTransposed}). */
  private static final int SUM_CHUNK = 256;

  /** Rows per tile of the transposing copy (see {@link #centreTransposed}). */
  private static final int TRANSPOSE_TILE = 64;

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
    try (Covariances c = new Covariances(List.of(x), mu)) {
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
    try (Covariances c = new Covariances(List.of(a, b), means);
        TFloat64 mu1 = Tensors.vector(means[0]);
        TFloat64 mu2 = Tensors.vector(means[1])) {
      return compute(
          mu1, c.get(0), mu2, c.get(1), d, a.rows() <= d, a.rows() <= d || b.rows() <= d, forced);
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
      return compute(
          mu1, sigma1, mu2, sigma2, d, isSingular(a), isSingular(a) || isSingular(b), forced);
    }
  }

  /**
   * The FID of two Gaussians given as tensors: the Cholesky route unless {@code S1} is known to be
   * singular ({@code singular1}) or turns out to be too close to singular, the eigen route
   * otherwise; {@code singular} goes into the result.
   */
  private Computation compute(
      TFloat64 mu1,
      TFloat64 sigma1,
      TFloat64 mu2,
      TFloat64 sigma2,
      int d,
      boolean singular1,
      boolean singular,
      Route forced) {
    try (Graph g = new Graph();
        Session s = new Session(g)) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat64> m1 = tf.placeholder(TFloat64.class);
      Placeholder<TFloat64> m2 = tf.placeholder(TFloat64.class);
      Placeholder<TFloat64> s1In = tf.placeholder(TFloat64.class);
      Placeholder<TFloat64> s2In = tf.placeholder(TFloat64.class);
      // Statistics from files may be symmetric only to rounding; the factorizations read one
      // triangle, so symmetrize to make the result independent of which one.
      Operand<TFloat64> s1 = symmetrize(tf, s1In);
      Operand<TFloat64> s2 = symmetrize(tf, s2In);
      Operand<TInt32> axis0 = tf.constant(0);
      Operand<TFloat64> diff = tf.math.sub(m1, m2);
      Operand<TFloat64> meanTerm = tf.reduceSum(tf.math.square(diff), axis0);
      // Symmetrizing leaves the diagonal as it is.
      Operand<TFloat64> trace1 = tf.reduceSum(tf.linalg.tensorDiagPart(s1In), axis0);
      Operand<TFloat64> trace2 = tf.reduceSum(tf.linalg.tensorDiagPart(s2In), axis0);
      Supplier<Session.Runner> fed =
          () ->
              s.runner()
                  .feed(m1, mu1)
                  .feed(m2, mu2)
                  .feed(s1In, sigma1)
                  .feed(s2In, sigma2)
                  .fetch(meanTerm)
                  .fetch(trace1)
                  .fetch(trace2);

      if (forced == Route.CHOLESKY || (forced == null && !singular1)) {
        // L_ii^2 <= S_ii, so a tiny variance (a constant feature) rules the route out before the
        // factor is computed.
        double minVariance = Double.POSITIVE_INFINITY;
        double maxVariance = 0;
        for (int i = 0; i < d; i++) {
          double v = sigma1.getDouble(i, i);
          minVariance = Math.min(minVariance, v);
          maxVariance = Math.max(maxVariance, v);
        }
        double threshold = CHOLESKY_PIVOT_TOLERANCE * maxVariance;
        if (forced == Route.CHOLESKY || minVariance > threshold) {
          Operand<TFloat64> factor = tf.linalg.cholesky(s1);
          Operand<TFloat64> minPivot = tf.reduceMin(tf.linalg.tensorDiagPart(factor), axis0);
          try (org.tensorflow.Result f =
              s.runner().feed(s1In, sigma1).fetch(factor).fetch(minPivot).run()) {
            // A failed factorization comes back filled with NaN (and TensorFlow logs a warning);
            // the comparison is false for NaN.
            double pivot = Tensors.scalar(f.get(1));
            if (pivot * pivot > threshold || forced == Route.CHOLESKY) {
              checkArgument(
                  !Double.isNaN(pivot),
                  "S1 is not positive definite: the Cholesky route does not apply");
              Placeholder<TFloat64> factorIn = tf.placeholder(TFloat64.class);
              Operand<TFloat64> traceSqrt =
                  traceSqrtCholesky(tf, factorIn, s2, d, config.rankTolerance());
              Session.Runner runner = fed.get().feed(factorIn, (TFloat64) f.get(0));
              return new Computation(result(runner.fetch(traceSqrt), singular), Route.CHOLESKY);
            }
          }
        }
      }
      Operand<TFloat64> traceSqrt = traceSqrtProduct(tf, s1, s2, d, config.rankTolerance());
      return new Computation(result(fed.get().fetch(traceSqrt), singular), Route.EIGEN);
    }
  }

  /** Runs a runner that fetches the mean term, both traces and the trace root, in that order. */
  private static Result result(Session.Runner runner, boolean singular) {
    try (org.tensorflow.Result r = runner.run()) {
      double mean = Tensors.scalar(r.get(0));
      double t1 = Tensors.scalar(r.get(1));
      double t2 = Tensors.scalar(r.get(2));
      double ts = Tensors.scalar(r.get(3));
      double value = Math.max(0.0, mean + t1 + t2 - 2.0 * ts);
      return new Result(value, mean, t1, t2, ts, singular);
    }
  }

  /**
   * The unbiased covariances of feature sets of one dimension {@code d}, as {@code d x d} tensors
   * that this object owns; the means go into {@code means}. The sets are centred and transposed one
   * after the other into one input tensor of {@code [d, n']} values ({@code n'}: the largest sample
   * count rounded up to a multiple of 8, the rest zero, which adds nothing to {@code C C^T}), so
   * the largest allocation is made once.
   */
  private static final class Covariances implements AutoCloseable {
    private final List<org.tensorflow.Result> results = new ArrayList<>();

    Covariances(List<FeatureMatrix> sets, double[][] means) {
      int d = sets.get(0).cols();
      int padded = 0;
      for (FeatureMatrix x : sets) {
        padded = Math.max(padded, (x.rows() + 7) / 8 * 8);
      }
      try (Graph g = new Graph();
          Session s = new Session(g);
          TFloat64 centred = TFloat64.tensorOf(Shape.of(d, padded))) {
        Ops tf = Ops.create(g);
        Placeholder<TFloat64> in = tf.placeholder(TFloat64.class);
        Placeholder<TFloat64> scale = tf.placeholder(TFloat64.class);
        Operand<TFloat64> sigma = gram(tf, in, d, scale);
        DoubleDataBuffer buffer = centred.asRawTensor().data().asDoubles();
        for (int i = 0; i < sets.size(); i++) {
          FeatureMatrix x = sets.get(i);
          means[i] = centreTransposed(x, buffer, padded);
          try (TFloat64 factor = TFloat64.scalarOf(1.0 / (x.rows() - 1))) {
            results.add(s.runner().feed(in, centred).feed(scale, factor).fetch(sigma).run());
          }
        }
      } catch (RuntimeException e) {
        close();
        throw e;
      }
    }

    /** The covariance of set {@code i}. */
    TFloat64 get(int i) {
      return (TFloat64) results.get(i).get(0);
    }

    @Override
    public void close() {
      results.forEach(org.tensorflow.Result::close);
    }
  }

  /**
   * Writes {@code (X - mu)^T} into the first {@code n} values of each of the {@code d} rows of
   * {@code buffer} (rows of {@code padded} values) and zeros into the rest, and returns {@code mu}.
   * Centring and transposing here, in one pass over the features, spares TensorFlow two copies of
   * the largest tensor; with rows of a multiple of 8 values, splitting it into row blocks shares
   * its memory instead of copying it.
   */
  private static double[] centreTransposed(FeatureMatrix x, DoubleDataBuffer buffer, int padded) {
    int n = x.rows();
    int d = x.cols();
    double[] values = x.backingArray();
    // Sums in chunks of rows, then of chunk sums, to keep the rounding error small for large n.
    double[] total = new double[d];
    double[] partial = new double[d];
    for (int start = 0; start < n; start += SUM_CHUNK) {
      Arrays.fill(partial, 0.0);
      int end = Math.min(n, start + SUM_CHUNK);
      for (int i = start; i < end; i++) {
        int row = i * d;
        for (int j = 0; j < d; j++) {
          partial[j] += values[row + j];
        }
      }
      for (int j = 0; j < d; j++) {
        total[j] += partial[j];
      }
    }
    double[] mean = new double[d];
    for (int j = 0; j < d; j++) {
      mean[j] = total[j] / n;
    }
    double[] run = new double[TRANSPOSE_TILE];
    for (int i0 = 0; i0 < n; i0 += TRANSPOSE_TILE) {
      int rows = Math.min(TRANSPOSE_TILE, n - i0);
      for (int j = 0; j < d; j++) {
        double m = mean[j];
        for (int r = 0; r < rows; r++) {
          run[r] = values[(i0 + r) * d + j] - m;
        }
        buffer.offset((long) j * padded + i0).write(run, 0, rows);
      }
    }
    if (padded > n) {
      double[] zeros = new double[padded - n];
      for (int j = 0; j < d; j++) {
        buffer.offset((long) j * padded + n).write(zeros, 0, zeros.length);
      }
    }
    return mean;
  }

  /**
   * {@code scale * C C^T} for a {@code [d, n']} input {@code C}, assembled from blocks of {@link
   * #GRAM_BLOCK} rows: only the blocks on and above the diagonal are multiplied and the others are
   * their transposes, which halves the floating-point work of one large product (as BLAS {@code
   * syrk} does) and makes the result exactly symmetric.
   */
  private static Operand<TFloat64> gram(
      Ops tf, Operand<TFloat64> c, int d, Operand<TFloat64> scale) {
    int k = (d + GRAM_BLOCK - 1) / GRAM_BLOCK;
    List<Operand<TFloat64>> rowBlocks = new ArrayList<>();
    if (k == 1) {
      rowBlocks.add(c);
    } else {
      long[] heights = new long[k];
      for (int i = 0; i < k; i++) {
        heights[i] = Math.min(GRAM_BLOCK, d - i * GRAM_BLOCK);
      }
      rowBlocks.addAll(tf.splitV(c, tf.constant(heights), tf.constant(0), (long) k).output());
    }
    List<List<Operand<TFloat64>>> blocks = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      List<Operand<TFloat64>> row = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        if (j < i) {
          row.add(tf.linalg.transpose(blocks.get(j).get(i), tf.constant(new int[] {1, 0})));
        } else {
          Operand<TFloat64> product =
              tf.linalg.matMul(rowBlocks.get(i), rowBlocks.get(j), MatMul.transposeB(true));
          // GEMM need not return an exactly symmetric C_i C_i^T (blocking may sum (p,q) and (q,p)
          // in different orders); symmetrize the diagonal blocks.
          row.add(tf.math.mul(i == j ? symmetrize(tf, product) : product, scale));
        }
      }
      blocks.add(row);
    }
    List<Operand<TFloat64>> rows = new ArrayList<>();
    for (List<Operand<TFloat64>> row : blocks) {
      rows.add(k == 1 ? row.get(0) : tf.concat(row, tf.constant(1)));
    }
    return k == 1 ? rows.get(0) : tf.concat(rows, tf.constant(0));
  }

  /**
   * Builds {@code Tr((S1 S2)^(1/2))} by the eigen route: from the eigenvalues of {@code S1^(1/2) S2
   * S1^(1/2)} (see the class comment).
   */
  private static Operand<TFloat64> traceSqrtProduct(
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
   * Builds {@code Tr((S1 S2)^(1/2))} from the Cholesky factor {@code L} of {@code S1}: the sum of
   * the square roots of the eigenvalues of {@code L^T S2 L}, which is similar to {@code S1 S2} and
   * symmetric positive semi-definite.
   */
  private static Operand<TFloat64> traceSqrtCholesky(
      Ops tf, Operand<TFloat64> factor, Operand<TFloat64> s2, int d, double rankTolerance) {
    Operand<TFloat64> m =
        symmetrize(
            tf, tf.linalg.matMul(tf.linalg.matMul(factor, s2, MatMul.transposeA(true)), factor));
    Operand<TFloat64> e =
        clampSmall(
            tf, tf.linalg.selfAdjointEig(m, SelfAdjointEig.computeV(false)).e(), d, rankTolerance);
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
