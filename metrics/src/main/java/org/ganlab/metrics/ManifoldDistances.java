package org.ganlab.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.linalg.MatMul;
import org.tensorflow.op.nn.TopK;
import org.tensorflow.types.TBool;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt32;

/**
 * The k-nearest-neighbour computations shared by {@link PrecisionRecall} and {@link
 * DensityCoverage}, done in float64 TensorFlow ops on row blocks so that two 10,000-row sets never
 * need a full 10,000 x 10,000 distance matrix (a block of 1,024 rows is 80 MB).
 *
 * <p>Squared Euclidean distances come from one matmul per block, {@code |a|^2 + |b|^2 - 2 a.b},
 * clamped at 0 (as in the official improved precision/recall code); comparisons are made on squared
 * distances, which order the same way as the distances.
 */
final class ManifoldDistances {
  private ManifoldDistances() {}

  /**
   * Squared distance from each row of {@code x} to its k-th nearest other row of {@code x} (the row
   * itself excluded by index, so a duplicate of a row counts as a neighbour at distance 0, as with
   * the references' "k+1-th smallest including self").
   */
  static double[] kthNeighbourSquaredRadii(FeatureMatrix x, int k, int blockRows) {
    int n = x.rows();
    checkArgument(k >= 1, "k must be >= 1, got %s", k);
    checkArgument(n > k, "need more than k = %s rows for k-NN radii, got %s", k, n);
    double[] out = new double[n];
    try (Graph g = new Graph();
        Session s = new Session(g);
        TFloat64 xt = x.toTensor()) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat64> all = tf.placeholder(TFloat64.class);
      Placeholder<TInt32> offset = tf.placeholder(TInt32.class);
      Placeholder<TInt32> size = tf.placeholder(TInt32.class);
      Operand<TFloat64> block = rows(tf, all, offset, size);
      Operand<TFloat64> d2 = squaredDistances(tf, block, all);
      // Mask each row's own column with +inf so it can never be among its k nearest.
      Operand<TInt32> rowIds =
          tf.expandDims(
              tf.range(offset, tf.math.add(offset, size), tf.constant(1)), tf.constant(1));
      Operand<TInt32> colIds =
          tf.expandDims(tf.range(tf.constant(0), tf.constant(n), tf.constant(1)), tf.constant(0));
      Operand<TBool> self = tf.math.equal(rowIds, colIds);
      Operand<TFloat64> masked = tf.select(self, tf.constant(Double.POSITIVE_INFINITY), d2);
      TopK<TFloat64, TInt32> nearest =
          tf.nn.topK(tf.math.neg(masked), tf.constant(k), new TopK.Options[0]);
      Operand<TFloat64> kth =
          tf.math.neg(
              tf.squeeze(
                  tf.slice(
                      nearest.values(),
                      tf.constant(new int[] {0, k - 1}),
                      tf.constant(new int[] {-1, 1}))));
      for (int start = 0; start < n; start += blockRows) {
        int b = Math.min(blockRows, n - start);
        try (TInt32 off = TInt32.scalarOf(start);
            TInt32 sz = TInt32.scalarOf(b);
            org.tensorflow.Result r =
                s.runner().feed(all, xt).feed(offset, off).feed(size, sz).fetch(kth).run()) {
          double[] v = Tensors.toArray(r.get(0));
          System.arraycopy(v, 0, out, start, b);
        }
      }
    }
    return out;
  }

  /**
   * What one pass over the distances between every row of {@code a} and every row of {@code b}
   * yields, given the squared k-NN radii of both sets.
   *
   * @param rowInB per row of {@code a}: 1 if some row {@code j} of {@code b} has {@code d2 <=
   *     radiiB[j]} (inside {@code b}'s k-NN manifold), else 0
   * @param rowMin per row of {@code a}: the smallest squared distance to a row of {@code b}
   * @param colInA per row of {@code b}: 1 if some row {@code i} of {@code a} has {@code d2 <=
   *     radiiA[i]}, else 0
   * @param colCountA per row of {@code b}: the number of rows {@code i} of {@code a} with {@code d2
   *     < radiiA[i]} (strictly, as in the density/coverage reference code)
   */
  record CrossResult(double[] rowInB, double[] rowMin, double[] colInA, double[] colCountA) {}

  /** One blocked pass over the rows of {@code a} against all of {@code b}. */
  static CrossResult cross(
      FeatureMatrix a, FeatureMatrix b, double[] radiiA, double[] radiiB, int blockRows) {
    checkArgument(a.cols() == b.cols(), "feature dimensions differ: %s vs %s", a.cols(), b.cols());
    int na = a.rows();
    int nb = b.rows();
    double[] rowInB = new double[na];
    double[] rowMin = new double[na];
    double[] colInA = new double[nb];
    double[] colCountA = new double[nb];
    try (Graph g = new Graph();
        Session s = new Session(g);
        TFloat64 at = a.toTensor();
        TFloat64 bt = b.toTensor();
        TFloat64 rat = Tensors.vector(radiiA);
        TFloat64 rbt = Tensors.vector(radiiB)) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat64> aAll = tf.placeholder(TFloat64.class);
      Placeholder<TFloat64> bAll = tf.placeholder(TFloat64.class);
      Placeholder<TFloat64> ra = tf.placeholder(TFloat64.class);
      Placeholder<TFloat64> rb = tf.placeholder(TFloat64.class);
      Placeholder<TInt32> offset = tf.placeholder(TInt32.class);
      Placeholder<TInt32> size = tf.placeholder(TInt32.class);
      Operand<TFloat64> d2 = squaredDistances(tf, rows(tf, aAll, offset, size), bAll);
      // The block's own radii, as a column to compare against each of its rows.
      Operand<TFloat64> raBlock =
          tf.expandDims(
              tf.slice(
                  ra, tf.expandDims(offset, tf.constant(0)), tf.expandDims(size, tf.constant(0))),
              tf.constant(1));
      Operand<TFloat64> rbRow = tf.expandDims(rb, tf.constant(0));
      Operand<TInt32> axis0 = tf.constant(0);
      Operand<TInt32> axis1 = tf.constant(1);
      Operand<TFloat64> rowIn = asDouble(tf, tf.reduceAny(tf.math.lessEqual(d2, rbRow), axis1));
      Operand<TFloat64> rowMinOp = tf.reduceMin(d2, axis1);
      Operand<TFloat64> colIn = asDouble(tf, tf.reduceAny(tf.math.lessEqual(d2, raBlock), axis0));
      Operand<TFloat64> colCount = tf.reduceSum(asDouble(tf, tf.math.less(d2, raBlock)), axis0);
      for (int start = 0; start < na; start += blockRows) {
        int bsz = Math.min(blockRows, na - start);
        try (TInt32 off = TInt32.scalarOf(start);
            TInt32 sz = TInt32.scalarOf(bsz);
            org.tensorflow.Result r =
                s.runner()
                    .feed(aAll, at)
                    .feed(bAll, bt)
                    .feed(ra, rat)
                    .feed(rb, rbt)
                    .feed(offset, off)
                    .feed(size, sz)
                    .fetch(rowIn)
                    .fetch(rowMinOp)
                    .fetch(colIn)
                    .fetch(colCount)
                    .run()) {
          System.arraycopy(Tensors.toArray(r.get(0)), 0, rowInB, start, bsz);
          System.arraycopy(Tensors.toArray(r.get(1)), 0, rowMin, start, bsz);
          double[] ci = Tensors.toArray(r.get(2));
          double[] cc = Tensors.toArray(r.get(3));
          for (int j = 0; j < nb; j++) {
            colInA[j] = Math.max(colInA[j], ci[j]);
            colCountA[j] += cc[j];
          }
        }
      }
    }
    return new CrossResult(rowInB, rowMin, colInA, colCountA);
  }

  /** Rows {@code [offset, offset + size)} of {@code all}. */
  private static Operand<TFloat64> rows(
      Ops tf, Operand<TFloat64> all, Operand<TInt32> offset, Operand<TInt32> size) {
    Operand<TInt32> begin =
        tf.concat(
            java.util.List.of(tf.expandDims(offset, tf.constant(0)), tf.constant(new int[] {0})),
            tf.constant(0));
    Operand<TInt32> extent =
        tf.concat(
            java.util.List.of(tf.expandDims(size, tf.constant(0)), tf.constant(new int[] {-1})),
            tf.constant(0));
    return tf.slice(all, begin, extent);
  }

  /** max(|a_i|^2 + |b_j|^2 - 2 a_i.b_j, 0) for all pairs: [rows(a), rows(b)]. */
  private static Operand<TFloat64> squaredDistances(
      Ops tf, Operand<TFloat64> a, Operand<TFloat64> b) {
    Operand<TInt32> axis1 = tf.constant(1);
    Operand<TFloat64> na = tf.expandDims(tf.reduceSum(tf.math.square(a), axis1), axis1);
    Operand<TFloat64> nb = tf.expandDims(tf.reduceSum(tf.math.square(b), axis1), tf.constant(0));
    Operand<TFloat64> dot = tf.linalg.matMul(a, b, MatMul.transposeB(true));
    return tf.math.maximum(
        tf.math.sub(tf.math.add(na, nb), tf.math.mul(tf.constant(2.0), dot)), tf.constant(0.0));
  }

  private static Operand<TFloat64> asDouble(Ops tf, Operand<TBool> t) {
    return tf.dtypes.cast(t, TFloat64.class);
  }
}
