package org.ganlab.models.stabilizers;

import java.util.List;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;

/**
 * 2D convolution over NHWC batches with "SAME" padding whose kernel is spectrally normalized
 * (Miyato et al. 2018, see {@link SpectralNorm}; the [k, k, in, out] kernel is read as a [k*k*in,
 * out] matrix, as in the paper). Its variables are "kernel", "bias" and "u", so it can replace
 * {@code org.ganlab.core.nn.Conv2d} under the same name.
 *
 * @param <T> the compute dtype
 */
public final class SpectralNormConv2d<T extends TFloating> implements Layer<T> {
  private final Ops tf;
  private final Variable<T> kernel;
  private final Variable<T> bias;
  private final SpectralNorm<T> norm;
  private final long stride;

  /**
   * A convolution with one power iteration per step.
   *
   * @param net the network that owns the layer's variables
   * @param name the layer's scope name within the network
   * @param in input channels
   * @param out output channels
   * @param kernelSize square kernel side
   * @param stride the step of the kernel along height and width
   * @param init initializer of the kernel
   * @param useBias false when a following normalization makes the bias redundant
   */
  public SpectralNormConv2d(
      Network<T> net,
      String name,
      long in,
      long out,
      int kernelSize,
      int stride,
      Initializer init,
      boolean useBias) {
    this(net, name, in, out, kernelSize, stride, init, useBias, SpectralNorm.DEFAULT_ITERATIONS);
  }

  /**
   * As above, with {@code iterations} power iterations per training step.
   *
   * @param net the network that owns the layer's variables
   * @param name the layer's scope name within the network
   * @param in input channels
   * @param out output channels
   * @param kernelSize square kernel side
   * @param stride the step of the kernel along height and width
   * @param init initializer of the kernel
   * @param useBias false when a following normalization makes the bias redundant
   * @param iterations power iterations per training step, at least 1
   */
  public SpectralNormConv2d(
      Network<T> net,
      String name,
      long in,
      long out,
      int kernelSize,
      int stride,
      Initializer init,
      boolean useBias,
      int iterations) {
    this.tf = net.ops().withSubScope(name);
    this.kernel = net.variable(tf, "kernel", Shape.of(kernelSize, kernelSize, in, out), init, true);
    this.bias = useBias ? net.variable(tf, "bias", Shape.of(out), Initializer.zeros(), true) : null;
    this.norm = new SpectralNorm<>(net, tf, kernel, iterations);
    this.stride = stride;
  }

  @Override
  public Operand<T> apply(Operand<T> x, Mode mode) {
    Operand<T> y = tf.nn.conv2d(x, norm.weight(mode), List.of(1L, stride, stride, 1L), "SAME");
    return bias == null ? y : tf.nn.biasAdd(y, bias);
  }

  /** {@return the [k, k, in, out] unnormalized kernel (what the optimizer updates)} */
  public Variable<T> kernel() {
    return kernel;
  }

  /** {@return the kernel's spectral normalization (sigma and u)} */
  public SpectralNorm<T> spectralNorm() {
    return norm;
  }
}
