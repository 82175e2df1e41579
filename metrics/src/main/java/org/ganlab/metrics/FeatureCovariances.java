package org.ganlab.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DoubleDataBuffer;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.linalg.MatMul;
import org.tensorflow.types.TFloat64;

/**
 * The unbiased covariances of feature sets of one dimension {@code d}, as {@code d x d} tensors
 * that this object owns; the means go into {@code means}. The sets are centred and transposed one
 * after the other into one input tensor of {@code [d, n']} values ({@code n'}: the largest sample
 * count rounded up to a multiple of 8, the rest zero, which adds nothing to {@code C C^T}), so the
 * largest allocation is made once.
 */
final class FeatureCovariances implements AutoCloseable {
  /** Features per block of the covariance's Gram matrix (see {@link #gram}). */
  private static final int GRAM_BLOCK = 256;

  /** Rows summed before their sum is added to the total (see {@link #centreTransposed}). */
  private static final int SUM_CHUNK = 256;

  /** Rows per tile of the transposing copy (see {@link #centreTransposed}). */
  private static final int TRANSPOSE_TILE = 64;

  private final List<org.tensorflow.Result> results = new ArrayList<>();

  FeatureCovariances(List<FeatureMatrix> sets, double[][] means) {
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
          row.add(
              tf.math.mul(
                  i == j ? GaussianFrechetDistance.symmetrize(tf, product) : product, scale));
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
}
