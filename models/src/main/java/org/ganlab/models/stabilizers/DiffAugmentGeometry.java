package org.ganlab.models.stabilizers;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TBool;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TFloating;

/**
 * The geometric transformations of {@link DiffAugment}, as differentiable ops on NHWC batches with
 * static height, width and channels: shifting each image by whole pixels (translation) and zeroing
 * a square of each image (cutout), with per-image offsets given as tensors.
 */
final class DiffAugmentGeometry {
  /** Transpose permutation that swaps height and width of NHWC. */
  private static final int[] SWAP_HW = {0, 2, 1, 3};

  private DiffAugmentGeometry() {}

  /**
   * Shifts each image by whole pixels: out[b][i][j] = x[b][i + tx[b]][j + ty[b]], zero where that
   * falls outside the image. Built as S_h x S_w^T with one-hot shift matrices (a one-hot index
   * outside the image gives a zero row), so it is differentiable to any order.
   *
   * @param tx [b] shifts along the height
   * @param ty [b] shifts along the width
   */
  static <T extends TFloating> Operand<T> translate(
      Ops tf, Operand<T> x, Operand<TInt32> tx, Operand<TInt32> ty) {
    Shape s = x.shape();
    long h = s.size(1);
    long w = s.size(2);
    long c = s.size(3);
    // Along the height: [b, h, h] @ [b, h, w*c].
    Operand<T> rows = shiftMatrix(tf, tx, (int) h, x);
    Operand<T> y = tf.reshape(x, tf.constant(new long[] {-1, h, w * c}));
    y = tf.train.batchMatMul(rows, y, x.type());
    // Along the width: swap height and width, then [b, w, w] @ [b, w, h*c].
    y =
        tf.linalg.transpose(
            tf.reshape(y, tf.constant(new long[] {-1, h, w, c})), tf.constant(SWAP_HW));
    Operand<T> cols = shiftMatrix(tf, ty, (int) w, x);
    y = tf.train.batchMatMul(cols, tf.reshape(y, tf.constant(new long[] {-1, w, h * c})), x.type());
    return tf.linalg.transpose(
        tf.reshape(y, tf.constant(new long[] {-1, w, h, c})), tf.constant(SWAP_HW));
  }

  /**
   * Zeroes, in each image, the rows [cx - ch/2, cx - ch/2 + ch) and columns [cy - cw/2, cy - cw/2 +
   * cw) where both hold (clipped to the image).
   */
  static <T extends TFloating> Operand<T> cutout(
      Ops tf, Operand<T> x, Operand<TInt32> cx, Operand<TInt32> cy, int ch, int cw) {
    Shape s = x.shape();
    Operand<T> inRows = band(tf, cx, ch, (int) s.size(1), x);
    Operand<T> inCols = band(tf, cy, cw, (int) s.size(2), x);
    // [b, h, 1] * [b, 1, w] -> [b, h, w, 1]: 1 inside the square.
    Operand<T> square =
        tf.expandDims(
            tf.math.mul(
                tf.expandDims(inRows, tf.constant(2)), tf.expandDims(inCols, tf.constant(1))),
            tf.constant(3));
    Operand<T> one = tf.dtypes.cast(tf.constant(1f), x.type());
    return tf.math.mul(x, tf.math.sub(one, square));
  }

  /** [b, n] with 1 where lo[b] = centre - size/2 <= i < lo[b] + size, else 0. */
  private static <T extends TFloating> Operand<T> band(
      Ops tf, Operand<TInt32> centre, int size, int n, Operand<T> like) {
    Operand<TInt32> lo = tf.expandDims(tf.math.sub(centre, tf.constant(size / 2)), tf.constant(1));
    Operand<TInt32> i =
        tf.expandDims(tf.range(tf.constant(0), tf.constant(n), tf.constant(1)), tf.constant(0));
    Operand<TBool> in =
        tf.math.logicalAnd(
            tf.math.greaterEqual(i, lo), tf.math.less(i, tf.math.add(lo, tf.constant(size))));
    return tf.dtypes.cast(in, like.type());
  }

  /** [b, n, n] with row i the one-hot of i + shift[b] (a zero row when outside [0, n)). */
  private static <T extends TFloating> Operand<T> shiftMatrix(
      Ops tf, Operand<TInt32> shift, int n, Operand<T> like) {
    Operand<TInt32> i =
        tf.expandDims(tf.range(tf.constant(0), tf.constant(n), tf.constant(1)), tf.constant(0));
    Operand<TInt32> index = tf.math.add(i, tf.expandDims(shift, tf.constant(1)));
    return tf.oneHot(
        index,
        tf.constant(n),
        tf.dtypes.cast(tf.constant(1f), like.type()),
        tf.dtypes.cast(tf.constant(0f), like.type()));
  }
}
