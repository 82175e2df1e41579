package org.ganlab.core.nn;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;

/**
 * 2D convolution over NHWC batches with "SAME" padding: [b, h, w, in] -> [b, ceil(h/s), ceil(w/s),
 * out].
 *
 * @param <T> the compute dtype
 */
public final class Conv2d<T extends TFloating> implements Layer<T> {
  private final Ops tf;
  private final Variable<T> kernel;
  private final Variable<T> bias;
  private final long stride;

  /**
   * @param net the network that owns the layer's variables
   * @param name the layer's scope name within the network
   * @param in input channels
   * @param out output channels
   * @param kernelSize square kernel side
   * @param stride the step of the kernel along height and width
   * @param init initializer of the kernel
   * @param useBias false when a following normalization makes the bias redundant
   */
  public Conv2d(
      Network<T> net,
      String name,
      long in,
      long out,
      int kernelSize,
      int stride,
      Initializer init,
      boolean useBias) {
    this.tf = net.ops().withSubScope(name);
    this.kernel = net.variable(tf, "kernel", Shape.of(kernelSize, kernelSize, in, out), init, true);
    this.bias = useBias ? net.variable(tf, "bias", Shape.of(out), Initializer.zeros(), true) : null;
    this.stride = stride;
  }

  @Override
  public Operand<T> apply(Operand<T> x, Mode mode) {
    Operand<T> y = tf.nn.conv2d(x, kernel, List.of(1L, stride, stride, 1L), "SAME");
    return bias == null ? y : tf.nn.biasAdd(y, bias);
  }

  /** {@return the [k, k, in, out] kernel} */
  public Variable<T> kernel() {
    return kernel;
  }
}
