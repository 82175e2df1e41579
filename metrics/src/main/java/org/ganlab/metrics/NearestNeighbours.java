package org.ganlab.metrics;

import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Sum;
import org.tensorflow.op.linalg.MatMul;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

/**
 * The nearest row of a reference set for every row of a query set, by Euclidean distance, in
 * float64 TensorFlow ops on blocks of query rows (a block of 256 rows against 60,000 references is
 * a 120 MB distance matrix, never the whole). Squared distances come from {@code |a|^2 + |b|^2 - 2
 * a.b}, clamped at 0, as in {@link PrecisionRecall}; ties go to the lower reference index.
 *
 * @param indices per query row, the index of its nearest reference row
 * @param distances per query row, the distance to it
 */
public record NearestNeighbours(int[] indices, double[] distances) {
  /** Query rows per session run. */
  public static final int BLOCK_ROWS = 256;

  /**
   * Defensive copies.
   *
   * @param indices per query row, the index of its nearest reference row
   * @param distances per query row, the distance to it
   */
  public NearestNeighbours {
    indices = indices.clone();
    distances = distances.clone();
  }

  /**
   * The index of the nearest reference row of each query row.
   *
   * @return the index into the reference rows, one per query
   */
  @Override
  public int[] indices() {
    return indices.clone();
  }

  /**
   * The Euclidean distance of each query row to its nearest reference row.
   *
   * @return the distances, one per query
   */
  @Override
  public double[] distances() {
    return distances.clone();
  }

  /**
   * {@return the nearest row of {@code reference} to each row of {@code queries}}
   *
   * @param queries the rows to find neighbours for
   * @param reference the rows to search, of the same width
   * @throws IllegalArgumentException if either set is empty or their widths differ
   */
  public static NearestNeighbours of(FeatureMatrix queries, FeatureMatrix reference) {
    if (queries.rows() == 0 || reference.rows() == 0) {
      throw new IllegalArgumentException("nearest neighbours need rows in both sets");
    }
    if (queries.cols() != reference.cols()) {
      throw new IllegalArgumentException(
          "queries have " + queries.cols() + " features, references " + reference.cols());
    }
    int n = queries.rows();
    int[] idx = new int[n];
    double[] dist = new double[n];
    try (Graph g = new Graph();
        Session s = new Session(g);
        TFloat64 refs = reference.toTensor();
        TFloat64 all = queries.toTensor()) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat64> ref = tf.placeholder(TFloat64.class);
      Placeholder<TFloat64> q = tf.placeholder(TFloat64.class);
      Placeholder<TInt32> offset = tf.placeholder(TInt32.class);
      Placeholder<TInt32> size = tf.placeholder(TInt32.class);
      Operand<TFloat64> block =
          tf.slice(
              q,
              tf.stack(List.of(offset, tf.constant(0))),
              tf.stack(List.of(size, tf.constant(-1))));
      Operand<TFloat64> aa = tf.sum(tf.math.square(block), tf.constant(1), Sum.keepDims(true));
      Operand<TFloat64> bb = tf.sum(tf.math.square(ref), tf.constant(1));
      Operand<TFloat64> ab = tf.linalg.matMul(block, ref, MatMul.transposeB(true));
      Operand<TFloat64> d2 =
          tf.math.maximum(
              tf.math.sub(tf.math.add(aa, bb), tf.math.mul(tf.constant(2.0), ab)),
              tf.constant(0.0));
      Operand<TInt64> nearest = tf.math.argMin(d2, tf.constant(1));
      Operand<TFloat64> min = tf.reduceMin(d2, tf.constant(1));
      for (int start = 0; start < n; start += BLOCK_ROWS) {
        int b = Math.min(BLOCK_ROWS, n - start);
        try (TInt32 off = TInt32.scalarOf(start);
            TInt32 sz = TInt32.scalarOf(b);
            Result r =
                s.runner()
                    .feed(ref, refs)
                    .feed(q, all)
                    .feed(offset, off)
                    .feed(size, sz)
                    .fetch(nearest)
                    .fetch(min)
                    .run()) {
          long[] k = new long[b];
          ((TInt64) r.get(0)).asRawTensor().data().asLongs().read(k);
          double[] m = Tensors.toArray(r.get(1));
          for (int i = 0; i < b; i++) {
            idx[start + i] = (int) k[i];
            dist[start + i] = Math.sqrt(m[i]);
          }
        }
      }
    }
    return new NearestNeighbours(idx, dist);
  }
}
