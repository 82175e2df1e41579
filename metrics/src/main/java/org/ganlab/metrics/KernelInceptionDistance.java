package org.ganlab.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.linalg.MatMul;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt32;

/**
 * Kernel Inception Distance (Bińkowski et al. 2018): the unbiased estimate of the squared maximum
 * mean discrepancy with the cubic polynomial kernel {@code k(x, y) = (x.y / d + 1)^3}, averaged
 * over random subsets and reported as mean and standard deviation.
 *
 * <p>For samples {@code X} ({@code m} rows) and {@code Y} ({@code n} rows) the estimate is
 *
 * <pre>
 * MMD^2 = sum_{i != j} k(x_i, x_j) / (m (m - 1))
 *       + sum_{i != j} k(y_i, y_j) / (n (n - 1))
 *       - 2 sum_{i, j} k(x_i, y_j) / (m n)
 * </pre>
 *
 * <p>which is the {@code mmd2(..., unbiased)} of the original code and of torch-fidelity when
 * {@code m = n}. It can be slightly negative when the two sets are close; that is kept, as in the
 * references (clipping would bias the mean).
 *
 * <p>Subsets: {@link Config#subsets()} times (default 100), draw {@code m = min(subsetSize, |X|,
 * |Y|)} rows (default subset size 1000) without replacement from {@code X}, then {@code m} from
 * {@code Y}, with a {@link SubsetSampler} seeded by the caller's seed (one stream for all subsets,
 * in that order). The result is the mean and the population standard deviation ({@code ddof = 0},
 * as {@code numpy.std} in the references) of the per-subset estimates. Kernel sums run in float64
 * TensorFlow matmuls.
 *
 * <p>Immutable; each call builds and closes its own graph, so an instance may be shared between
 * threads.
 */
public final class KernelInceptionDistance {

  /**
   * Settings of the subset average.
   *
   * @param subsets number of random subsets (default 100)
   * @param subsetSize rows per subset before capping at the set sizes (default 1000)
   */
  public record Config(int subsets, int subsetSize) {
    /** 100 subsets of 1000, as in the KID paper and torch-fidelity. */
    public static final Config DEFAULT = new Config(100, 1000);

    /**
     * Validates the settings.
     *
     * @param subsets number of random subsets (default 100)
     * @param subsetSize rows per subset before capping at the set sizes (default 1000)
     */
    public Config {
      checkArgument(subsets >= 1, "subsets must be >= 1, got %s", subsets);
      checkArgument(subsetSize >= 2, "subsetSize must be >= 2, got %s", subsetSize);
    }
  }

  /**
   * The subset average.
   *
   * @param mean mean of the per-subset MMD^2 estimates (the KID)
   * @param std population standard deviation of the estimates
   * @param subsetSize rows per subset actually used
   * @param values the per-subset estimates, in draw order
   */
  public record Result(double mean, double std, int subsetSize, double[] values) {
    /**
     * Copies the values.
     *
     * @param mean mean of the per-subset MMD^2 estimates (the KID)
     * @param std population standard deviation of the estimates
     * @param subsetSize rows per subset actually used
     * @param values the per-subset estimates, in draw order
     */
    public Result {
      values = values.clone();
    }

    /** {@return a copy of the per-subset estimates} */
    @Override
    public double[] values() {
      return values.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Result r
          && Double.compare(mean, r.mean) == 0
          && Double.compare(std, r.std) == 0
          && subsetSize == r.subsetSize
          && java.util.Arrays.equals(values, r.values);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(values);
    }

    @Override
    public String toString() {
      return "Result[mean="
          + mean
          + ", std="
          + std
          + ", subsetSize="
          + subsetSize
          + ", subsets="
          + values.length
          + "]";
    }
  }

  private final Config config;

  /** KID with 100 subsets of 1000. */
  public KernelInceptionDistance() {
    this(Config.DEFAULT);
  }

  /**
   * KID with the given settings.
   *
   * @param config the number and size of the random subsets
   */
  public KernelInceptionDistance(Config config) {
    this.config = config;
  }

  /** {@return the settings} */
  public Config config() {
    return config;
  }

  /**
   * {@return KID between {@code x} and {@code y}, drawing the subsets from {@code seed} as
   * described in the class comment}
   *
   * @param x one feature set, one row per sample
   * @param y the other feature set, of the same width
   * @param seed the seed the random subsets are drawn from
   */
  public Result compute(FeatureMatrix x, FeatureMatrix y, long seed) {
    int m = Math.min(config.subsetSize(), Math.min(x.rows(), y.rows()));
    checkArgument(m >= 2, "need at least 2 rows in each set, got %s and %s", x.rows(), y.rows());
    SubsetSampler sampler = new SubsetSampler(seed);
    int[][] xs = new int[config.subsets()][];
    int[][] ys = new int[config.subsets()][];
    for (int s = 0; s < config.subsets(); s++) {
      xs[s] = sampler.subset(x.rows(), m);
      ys[s] = sampler.subset(y.rows(), m);
    }
    return compute(x, y, xs, ys);
  }

  /**
   * {@return KID over caller-chosen subsets: subset {@code s} compares rows {@code xSubsets[s]} of
   * {@code x} with rows {@code ySubsets[s]} of {@code y}} Each subset must have at least 2 rows per
   * side.
   *
   * @param x one feature set, one row per sample
   * @param y the other feature set, of the same width
   * @param xSubsets the row indices of {@code x} of each subset
   * @param ySubsets the row indices of {@code y} of each subset, as many subsets as {@code
   *     xSubsets}
   */
  public Result compute(FeatureMatrix x, FeatureMatrix y, int[][] xSubsets, int[][] ySubsets) {
    checkArgument(x.cols() == y.cols(), "feature dimensions differ: %s vs %s", x.cols(), y.cols());
    checkArgument(
        xSubsets.length == ySubsets.length && xSubsets.length > 0,
        "need the same positive number of subsets for both sets, got %s and %s",
        xSubsets.length,
        ySubsets.length);
    double[] values = new double[xSubsets.length];
    try (Graph g = new Graph();
        Session s = new Session(g);
        TFloat64 xt = x.toTensor();
        TFloat64 yt = y.toTensor()) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat64> xAll = tf.placeholder(TFloat64.class);
      Placeholder<TFloat64> yAll = tf.placeholder(TFloat64.class);
      Placeholder<TInt32> xIdx = tf.placeholder(TInt32.class);
      Placeholder<TInt32> yIdx = tf.placeholder(TInt32.class);
      // Gather inside the graph so the full feature sets are handed over once per subset without a
      // Java-side copy of the rows.
      Operand<TFloat64> mmd =
          mmd2(
              tf,
              tf.gather(xAll, xIdx, tf.constant(0)),
              tf.gather(yAll, yIdx, tf.constant(0)),
              x.cols());
      for (int k = 0; k < values.length; k++) {
        checkSubset(xSubsets[k], x.rows(), "x", k);
        checkSubset(ySubsets[k], y.rows(), "y", k);
        try (TInt32 xi = Tensors.intVector(xSubsets[k]);
            TInt32 yi = Tensors.intVector(ySubsets[k]);
            org.tensorflow.Result r =
                s.runner()
                    .feed(xAll, xt)
                    .feed(yAll, yt)
                    .feed(xIdx, xi)
                    .feed(yIdx, yi)
                    .fetch(mmd)
                    .run()) {
          values[k] = Tensors.scalar(r.get(0));
        }
      }
    }
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= values.length;
    double var = 0;
    for (double v : values) {
      var += (v - mean) * (v - mean);
    }
    return new Result(mean, Math.sqrt(var / values.length), xSubsets[0].length, values);
  }

  /**
   * {@return the unbiased MMD^2 estimate between all rows of {@code x} and all rows of {@code y}}
   *
   * @param x one feature set, at least 2 rows
   * @param y the other feature set, of the same width, at least 2 rows
   */
  public double unbiasedMmd2(FeatureMatrix x, FeatureMatrix y) {
    checkArgument(x.cols() == y.cols(), "feature dimensions differ: %s vs %s", x.cols(), y.cols());
    checkArgument(
        x.rows() >= 2 && y.rows() >= 2,
        "need at least 2 rows in each set, got %s and %s",
        x.rows(),
        y.rows());
    try (Graph g = new Graph();
        Session s = new Session(g);
        TFloat64 xt = x.toTensor();
        TFloat64 yt = y.toTensor()) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat64> xp = tf.placeholder(TFloat64.class);
      Placeholder<TFloat64> yp = tf.placeholder(TFloat64.class);
      Operand<TFloat64> mmd = mmd2(tf, xp, yp, x.cols());
      try (org.tensorflow.Result r = s.runner().feed(xp, xt).feed(yp, yt).fetch(mmd).run()) {
        return Tensors.scalar(r.get(0));
      }
    }
  }

  private static void checkSubset(int[] idx, int rows, String name, int k) {
    checkArgument(idx.length >= 2, "subset %s of %s has %s rows, need >= 2", k, name, idx.length);
    for (int i : idx) {
      checkArgument(i >= 0 && i < rows, "subset %s of %s: row %s out of [0, %s)", k, name, i, rows);
    }
  }

  /** The unbiased MMD^2 graph for row sets {@code x} [m, d] and {@code y} [n, d]. */
  private static Operand<TFloat64> mmd2(Ops tf, Operand<TFloat64> x, Operand<TFloat64> y, int d) {
    Operand<TFloat64> kxx = kernel(tf, x, x, d);
    Operand<TFloat64> kyy = kernel(tf, y, y, d);
    Operand<TFloat64> kxy = kernel(tf, x, y, d);
    Operand<TFloat64> m = rowCount(tf, x);
    Operand<TFloat64> n = rowCount(tf, y);
    Operand<TFloat64> one = tf.constant(1.0);
    // Off-diagonal sums: total minus the diagonal (the k(x_i, x_i) terms that bias the estimate).
    Operand<TFloat64> xx =
        tf.math.div(
            tf.math.sub(sumAll(tf, kxx), sumAll(tf, tf.linalg.tensorDiagPart(kxx))),
            tf.math.mul(m, tf.math.sub(m, one)));
    Operand<TFloat64> yy =
        tf.math.div(
            tf.math.sub(sumAll(tf, kyy), sumAll(tf, tf.linalg.tensorDiagPart(kyy))),
            tf.math.mul(n, tf.math.sub(n, one)));
    Operand<TFloat64> xy = tf.math.div(sumAll(tf, kxy), tf.math.mul(m, n));
    return tf.math.sub(tf.math.add(xx, yy), tf.math.mul(tf.constant(2.0), xy));
  }

  /** (a b^T / d + 1)^3. */
  private static Operand<TFloat64> kernel(Ops tf, Operand<TFloat64> a, Operand<TFloat64> b, int d) {
    Operand<TFloat64> base =
        tf.math.add(
            tf.math.div(tf.linalg.matMul(a, b, MatMul.transposeB(true)), tf.constant((double) d)),
            tf.constant(1.0));
    return tf.math.mul(tf.math.square(base), base);
  }

  private static Operand<TFloat64> sumAll(Ops tf, Operand<TFloat64> t) {
    return tf.reduceSum(t, tf.range(tf.constant(0), tf.rank(t), tf.constant(1)));
  }

  private static Operand<TFloat64> rowCount(Ops tf, Operand<TFloat64> t) {
    return tf.dtypes.cast(tf.gather(tf.shape(t), tf.constant(0), tf.constant(0)), TFloat64.class);
  }
}
