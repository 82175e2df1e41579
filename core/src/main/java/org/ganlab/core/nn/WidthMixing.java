package org.ganlab.core.nn;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;

/**
 * A learned linear map across the width of NHWC feature maps, shared by every row and channel:
 * {@code y[b, i, k, c] = sum_j x[b, i, j, c] W[j, k]} with {@code W} of shape [w, w]. It lets a
 * network move content anywhere along a row in one step (a mirror image, for example, is the
 * anti-diagonal permutation), which stacks of small convolutions can only do through many layers.
 * It is the token-mixing idea of MLP-Mixer (Tolstikhin et al. 2021) restricted to one axis. [b, h,
 * w, c] -> [b, h, w, c]; h, w and c must be static.
 *
 * @param <T> the compute dtype
 */
public final class WidthMixing<T extends TFloating> implements Layer<T> {
  private final Ops tf;
  private final Variable<T> kernel;
  private final long width;

  /**
   * Mixing over {@code width} columns, {@code W} from {@code init}.
   *
   * @param net the network that owns the layer's variables
   * @param name the layer's scope name within the network
   * @param width the number of columns mixed
   * @param init initializer of the [width, width] matrix W
   */
  public WidthMixing(Network<T> net, String name, long width, Initializer init) {
    this.tf = net.ops().withSubScope(name);
    this.width = width;
    this.kernel = net.variable(tf, "kernel", Shape.of(width, width), init, true);
  }

  @Override
  public Operand<T> apply(Operand<T> x, Mode mode) {
    Shape s = x.shape();
    if (s.numDimensions() != 4 || s.size(2) != width || s.size(1) < 1 || s.size(3) < 1) {
      throw new IllegalArgumentException(
          "width mixing over "
              + width
              + " columns needs NHWC"
              + " input with static height, width "
              + width
              + " and channels, got "
              + s);
    }
    long h = s.size(1);
    long c = s.size(3);
    // [b, h, w, c] -> [b, h, c, w] -> [b*h*c, w] . W -> back.
    Operand<T> t = tf.linalg.transpose(x, tf.constant(new int[] {0, 1, 3, 2}));
    Operand<T> rows = tf.reshape(t, tf.constant(new long[] {-1, width}));
    Operand<T> mixed = tf.linalg.matMul(rows, kernel);
    Operand<T> back = tf.reshape(mixed, tf.constant(new long[] {-1, h, c, width}));
    return tf.linalg.transpose(back, tf.constant(new int[] {0, 1, 3, 2}));
  }

  /**
   * {@return the identity matrix: the layer starts as a no-op, so a network that gains it starts
   * where the network without it would and only moves content across the width if training asks for
   * it}
   */
  public static Initializer identity() {
    return new Initializer() {
      @Override
      public <U extends TFloating> Operand<U> create(
          Ops tf, Shape shape, Class<U> dtype, long[] seed) {
        if (shape.numDimensions() != 2 || shape.size(0) != shape.size(1)) {
          throw new IllegalArgumentException("identity needs a square matrix, got " + shape);
        }
        int n = (int) shape.size(0);
        float[] eye = new float[n * n];
        for (int i = 0; i < n; i++) {
          eye[i * n + i] = 1f;
        }
        return tf.dtypes.cast(tf.constant(shape, DataBuffers.of(eye, true, false)), dtype);
      }
    };
  }

  /** {@return the [w, w] mixing matrix} */
  public Variable<T> kernel() {
    return kernel;
  }
}
