package org.ganlab.metrics.bench;

import org.ganlab.metrics.FeatureStatistics;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt32;

/**
 * The textbook FID, as the reference implementations compute it: {@code |mu1 - mu2|^2 + Tr(S1) +
 * Tr(S2) - 2 Tr(sqrtm(S1 S2))} with a general (Schur-based) matrix square root of the non-symmetric
 * product, here TensorFlow's {@code MatrixSquareRoot} in float64. It exists only as the baseline of
 * {@link FidBenchmark}.
 */
final class TextbookFid {
  private TextbookFid() {}

  static double distance(FeatureStatistics a, FeatureStatistics b) {
    int d = a.dim();
    try (Graph g = new Graph();
        Session s = new Session(g);
        TFloat64 mu1 = TFloat64.tensorOf(Shape.of(d), DataBuffers.of(a.mu(), true, false));
        TFloat64 mu2 = TFloat64.tensorOf(Shape.of(d), DataBuffers.of(b.mu(), true, false));
        TFloat64 s1 = TFloat64.tensorOf(Shape.of(d, d), DataBuffers.of(a.sigma(), true, false));
        TFloat64 s2 = TFloat64.tensorOf(Shape.of(d, d), DataBuffers.of(b.sigma(), true, false))) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat64> m1 = tf.placeholder(TFloat64.class);
      Placeholder<TFloat64> m2 = tf.placeholder(TFloat64.class);
      Placeholder<TFloat64> c1 = tf.placeholder(TFloat64.class);
      Placeholder<TFloat64> c2 = tf.placeholder(TFloat64.class);
      Operand<TInt32> axis0 = tf.constant(0);
      Operand<TFloat64> diff = tf.math.sub(m1, m2);
      Operand<TFloat64> covmean = tf.linalg.sqrtm(tf.linalg.matMul(c1, c2));
      Operand<TFloat64> fid =
          tf.math.sub(
              tf.math.add(
                  tf.reduceSum(tf.math.square(diff), axis0),
                  tf.math.add(
                      tf.reduceSum(tf.linalg.tensorDiagPart(c1), axis0),
                      tf.reduceSum(tf.linalg.tensorDiagPart(c2), axis0))),
              tf.math.mul(
                  tf.constant(2.0), tf.reduceSum(tf.linalg.tensorDiagPart(covmean), axis0)));
      try (Result r =
          s.runner().feed(m1, mu1).feed(m2, mu2).feed(c1, s1).feed(c2, s2).fetch(fid).run()) {
        return ((TFloat64) r.get(0)).getDouble();
      }
    }
  }
}
