package org.ganlab.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.ganlab.metrics.FrechetInceptionDistance.Computation;
import org.ganlab.metrics.FrechetInceptionDistance.Result;
import org.ganlab.metrics.FrechetInceptionDistance.Route;
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
 * The Fréchet distance between two Gaussians given as float64 tensors, for {@link
 * FrechetInceptionDistance}: the mean term, both traces and {@code Tr((S1 S2)^(1/2))} by the
 * Cholesky or the eigen route, with small eigenvalues clamped to zero, as the class comment of
 * {@link FrechetInceptionDistance} describes. Each call builds a small graph and closes it.
 */
final class GaussianFrechetDistance {
  /** The machine epsilon of float64, as {@code numpy.finfo(float).eps}. */
  private static final double EPS = Math.ulp(1.0);

  /**
   * The Cholesky route is taken only when every pivot satisfies {@code L_ii^2 > tolerance * max_i
   * S1_ii}; smaller pivots mean {@code S1} is numerically singular or close to it, where the eigen
   * route's clamping of {@code S1}'s eigenvalues matters (see {@link FrechetInceptionDistance}).
   */
  private static final double CHOLESKY_PIVOT_TOLERANCE = Math.sqrt(EPS);

  /** Rows per block of {@code L^T S2 L} (see {@link #lowerCongruence}). */
  private static final int TRIANGLE_BLOCK = 256;

  private GaussianFrechetDistance() {}

  /**
   * The FID of two Gaussians given as tensors: the Cholesky route unless {@code S1} is known to be
   * singular ({@code singular1}) or turns out to be too close to singular, the eigen route
   * otherwise; {@code singular} goes into the result, {@code rankTolerance} is {@link
   * FrechetInceptionDistance.Config#rankTolerance}.
   */
  static Computation compute(
      TFloat64 mu1,
      TFloat64 sigma1,
      TFloat64 mu2,
      TFloat64 sigma2,
      int d,
      boolean singular1,
      boolean singular,
      Route forced,
      double rankTolerance) {
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
              Operand<TFloat64> traceSqrt = traceSqrtCholesky(tf, factorIn, s2, d, rankTolerance);
              Session.Runner runner = fed.get().feed(factorIn, (TFloat64) f.get(0));
              return new Computation(result(runner.fetch(traceSqrt), singular), Route.CHOLESKY);
            }
          }
        }
      }
      Operand<TFloat64> traceSqrt = traceSqrtProduct(tf, s1, s2, d, rankTolerance);
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
   * Builds {@code Tr((S1 S2)^(1/2))} by the eigen route: from the eigenvalues of {@code S1^(1/2) S2
   * S1^(1/2)} (see {@link FrechetInceptionDistance}).
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
    Operand<TFloat64> m = symmetrize(tf, lowerCongruence(tf, factor, s2, d));
    Operand<TFloat64> e =
        clampSmall(
            tf, tf.linalg.selfAdjointEig(m, SelfAdjointEig.computeV(false)).e(), d, rankTolerance);
    return tf.reduceSum(tf.math.sqrt(e), tf.constant(0));
  }

  /**
   * Builds {@code L^T S L} for a lower-triangular {@code L} and a symmetric {@code S} from blocks
   * of {@link #TRIANGLE_BLOCK} rows, skipping the products with {@code L}'s zero blocks and
   * computing only the block rows' parts on and above the diagonal (the rest are their transposes):
   * a third of the floating-point work of two dense products. Block row {@code i}, from column
   * {@code i0 = i * TRIANGLE_BLOCK} on, is {@code L[i0:, rows_i]^T S[i0:, i0:] L[i0:, i0:]},
   * because {@code L[k, j] = 0} for {@code k < j}. Its diagonal block is symmetric only to
   * rounding.
   */
  private static Operand<TFloat64> lowerCongruence(
      Ops tf, Operand<TFloat64> factor, Operand<TFloat64> s, int d) {
    int k = (d + TRIANGLE_BLOCK - 1) / TRIANGLE_BLOCK;
    if (k == 1) {
      return tf.linalg.matMul(tf.linalg.matMul(factor, s, MatMul.transposeA(true)), factor);
    }
    List<Operand<TFloat64>> upper = new ArrayList<>();
    List<Operand<TFloat64>> rows = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      int i0 = i * TRIANGLE_BLOCK;
      int height = Math.min(TRIANGLE_BLOCK, d - i0);
      Operand<TFloat64> left =
          tf.linalg.matMul(
              block(tf, factor, i0, d, i0, i0 + height),
              block(tf, s, i0, d, i0, d),
              MatMul.transposeA(true));
      upper.add(tf.linalg.matMul(left, block(tf, factor, i0, d, i0, d)));
      List<Operand<TFloat64>> parts = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        // Block (i, j) below the diagonal is block (j, i) transposed; block row j (full height,
        // since only the last one can be shorter) starts at column j * TRIANGLE_BLOCK.
        int start = i0 - j * TRIANGLE_BLOCK;
        parts.add(
            tf.linalg.transpose(
                block(tf, upper.get(j), 0, TRIANGLE_BLOCK, start, start + height),
                tf.constant(new int[] {1, 0})));
      }
      parts.add(upper.get(i));
      rows.add(parts.size() == 1 ? parts.get(0) : tf.concat(parts, tf.constant(1)));
    }
    return tf.concat(rows, tf.constant(0));
  }

  /** Rows {@code [r0, r1)} and columns {@code [c0, c1)} of a matrix. */
  private static Operand<TFloat64> block(
      Ops tf, Operand<TFloat64> m, int r0, int r1, int c0, int c1) {
    return tf.slice(
        m, tf.constant(new long[] {r0, c0}), tf.constant(new long[] {r1 - r0, c1 - c0}));
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
