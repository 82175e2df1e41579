package org.ganlab.core.nn;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TFloating;

/**
 * Transposed ("fractionally strided") convolution with "SAME" padding, the DCGAN upsampling layer:
 * [b, h, w, in] -> [b, h*s, w*s, out]. Built on {@code Conv2DBackpropInput}, as TensorFlow does.
 * The input's height and width must be static; the batch may be dynamic.
 *
 * @param <T> the compute dtype
 */
public final class Conv2dTranspose<T extends TFloating> implements Layer<T> {
  private final Ops tf;
  private final Variable<T> kernel;
  private final Variable<T> bias;
  private final int stride;
  private final long out;

  /**
   * @param net the network that owns the layer's variables
   * @param name the layer's scope name within the network
   * @param in input channels
   * @param out output channels
   * @param kernelSize square kernel side
   * @param stride the upsampling factor along height and width
   * @param init initializer of the kernel
   * @param useBias false when a following normalization makes the bias redundant
   */
  public Conv2dTranspose(
      Network<T> net,
      String name,
      long in,
      long out,
      int kernelSize,
      int stride,
      Initializer init,
      boolean useBias) {
    this.tf = net.ops().withSubScope(name);
    // TensorFlow's transposed-conv filter layout is [k, k, out, in].
    this.kernel = net.variable(tf, "kernel", Shape.of(kernelSize, kernelSize, out, in), init, true);
    this.bias = useBias ? net.variable(tf, "bias", Shape.of(out), Initializer.zeros(), true) : null;
    this.stride = stride;
    this.out = out;
  }

  @Override
  public Operand<T> apply(Operand<T> x, Mode mode) {
    Shape s = x.shape();
    if (s.numDimensions() != 4 || s.size(1) < 0 || s.size(2) < 0) {
      throw new IllegalArgumentException(
          "Conv2dTranspose "
              + tf.scope().makeOpName("apply")
              + " needs NHWC input with static"
              + " height and width, got "
              + s);
    }
    // Dynamic batch, static spatial size: [batch] ++ [h*s, w*s, out].
    Operand<TInt32> batch =
        tf.slice(tf.shape(x), tf.constant(new int[] {0}), tf.constant(new int[] {1}));
    Operand<TInt32> outputShape =
        tf.concat(
            List.of(
                batch,
                tf.constant(
                    new int[] {(int) (s.size(1) * stride), (int) (s.size(2) * stride), (int) out})),
            tf.constant(0));
    Operand<T> y =
        tf.nn.conv2dBackpropInput(
            outputShape, kernel, x, List.of(1L, (long) stride, (long) stride, 1L), "SAME");
    return bias == null ? y : tf.nn.biasAdd(y, bias);
  }

  /** {@return the [k, k, out, in] kernel} */
  public Variable<T> kernel() {
    return kernel;
  }
}
