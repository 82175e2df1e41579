package org.ganlab.core.nn;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Squeeze;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;

/**
 * 1-D convolution over sequences [b, length, in] with "SAME" padding: [b, ceil(length/s), out], the
 * layer of the character-level models (Gulrajani et al. 2017, "Improved Training of Wasserstein
 * GANs", section 5.5).
 *
 * <p>TensorFlow has no 1-D convolution kernel: like Python's {@code tf.nn.conv1d}, the sequence is
 * a height-1 image and the kernel a 1 x k filter, so the work runs in the same {@code Conv2D}
 * kernels (and their gradients, including the gradient of a gradient that a penalty needs). The
 * variable is stored as [k, in, out], the layout Keras' {@code Conv1D} saves, so Glorot fans count
 * k * in and k * out.
 *
 * @param <T> the compute dtype
 */
public final class Conv1d<T extends TFloating> implements Layer<T> {
  private final Ops tf;
  private final Variable<T> kernel;
  private final Variable<T> bias;
  private final long stride;
  private final Shape filterShape;

  /**
   * @param net the network that owns the layer's variables
   * @param name the layer's scope name within the network
   * @param in input channels
   * @param out output channels
   * @param kernelSize kernel width (positions)
   * @param stride the step of the kernel along the sequence
   * @param init initializer of the kernel
   * @param useBias false when a following normalization makes the bias redundant
   */
  public Conv1d(
      Network<T> net,
      String name,
      long in,
      long out,
      int kernelSize,
      int stride,
      Initializer init,
      boolean useBias) {
    if (kernelSize <= 0 || stride <= 0) {
      throw new IllegalArgumentException(
          "kernel size and stride must be positive, got " + kernelSize + " and " + stride);
    }
    this.tf = net.ops().withSubScope(name);
    this.kernel = net.variable(tf, "kernel", Shape.of(kernelSize, in, out), init, true);
    this.bias = useBias ? net.variable(tf, "bias", Shape.of(out), Initializer.zeros(), true) : null;
    this.stride = stride;
    this.filterShape = Shape.of(1, kernelSize, in, out);
  }

  @Override
  public Operand<T> apply(Operand<T> x, Mode mode) {
    // [b, L, in] -> [b, 1, L, in], convolve along the width, and back.
    Operand<T> image = tf.expandDims(x, tf.constant(1));
    Operand<T> filter = tf.reshape(kernel, tf.constant(filterShape));
    Operand<T> y = tf.nn.conv2d(image, filter, List.of(1L, 1L, stride, 1L), "SAME");
    y = tf.squeeze(y, Squeeze.axis(List.of(1L)));
    return bias == null ? y : tf.nn.biasAdd(y, bias);
  }

  /** {@return the [k, in, out] kernel} */
  public Variable<T> kernel() {
    return kernel;
  }

  /** {@return the [out] bias, or null} */
  public Variable<T> bias() {
    return bias;
  }
}
