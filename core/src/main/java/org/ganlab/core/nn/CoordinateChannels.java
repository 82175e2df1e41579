package org.ganlab.core.nn;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Sum;
import org.tensorflow.types.family.TFloating;

/**
 * CoordConv's coordinate channels (Liu et al. 2018, "An intriguing failing of convolutional neural
 * networks and the CoordConv solution"): appends two channels to NHWC input, the column coordinate
 * and the row coordinate, each running linearly from -1 to 1. A convolution that reads them can
 * depend on where it is in the image, which a translation-equivariant stack cannot (beyond what
 * zero padding reveals near the borders); position-dependent mappings such as a mirror image need
 * that. [b, h, w, c] -> [b, h, w, c + 2]; h and w must be static.
 *
 * @param <T> the compute dtype
 */
public final class CoordinateChannels<T extends TFloating> implements Layer<T> {
  private final Ops tf;

  /**
   * Coordinate channels built with {@code tf}.
   *
   * @param tf the ops the channels are built with
   */
  public CoordinateChannels(Ops tf) {
    this.tf = tf;
  }

  @Override
  public Operand<T> apply(Operand<T> x, Mode mode) {
    if (x.shape().numDimensions() != 4 || x.shape().size(1) < 1 || x.shape().size(2) < 1) {
      throw new IllegalArgumentException(
          "coordinate channels need NHWC input with static height"
              + " and width, got "
              + x.shape());
    }
    int h = (int) x.shape().size(1);
    int w = (int) x.shape().size(2);
    float[] grid = new float[h * w * 2];
    for (int i = 0; i < h; i++) {
      for (int j = 0; j < w; j++) {
        grid[(i * w + j) * 2] = w > 1 ? -1f + 2f * j / (w - 1) : 0f;
        grid[(i * w + j) * 2 + 1] = h > 1 ? -1f + 2f * i / (h - 1) : 0f;
      }
    }
    Operand<T> coords =
        tf.dtypes.cast(
            tf.constant(Shape.of(1, h, w, 2), DataBuffers.of(grid, true, false)), x.type());
    // [b, h, w, 1] zeros with x's (possibly dynamic) batch size, from ops that all have
    // gradients, then broadcast against the [1, h, w, 2] grid.
    Operand<T> zeros =
        tf.math.mul(
            tf.sum(x, tf.constant(3), Sum.keepDims(true)),
            tf.dtypes.cast(tf.constant(0f), x.type()));
    return tf.concat(List.of(x, tf.math.add(zeros, coords)), tf.constant(3));
  }
}
