package org.ganlab.models.stabilizers;

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
 * A fully connected layer whose kernel is spectrally normalized (Miyato et al. 2018, see {@link
 * SpectralNorm}): y = x (W / sigma(W)) + b. Its variables are "kernel", "bias" and "u", so it can
 * replace {@code org.ganlab.core.nn.Dense} under the same name.
 *
 * @param <T> the compute dtype
 */
public final class SpectralNormDense<T extends TFloating> implements Layer<T> {
  private final Ops tf;
  private final Variable<T> kernel;
  private final Variable<T> bias;
  private final SpectralNorm<T> norm;

  /**
   * A layer with a bias and one power iteration per step.
   *
   * @param net the network that owns the layer's variables
   * @param name the layer's scope name within the network
   * @param in input features
   * @param out output features
   * @param init initializer of the kernel
   */
  public SpectralNormDense(Network<T> net, String name, long in, long out, Initializer init) {
    this(net, name, in, out, init, true, SpectralNorm.DEFAULT_ITERATIONS);
  }

  /**
   * @param net the network that owns the layer's variables
   * @param name the layer's scope name within the network
   * @param in input features
   * @param out output features
   * @param init initializer of the kernel
   * @param useBias false when a following normalization makes the bias redundant
   * @param iterations power iterations per training step
   */
  public SpectralNormDense(
      Network<T> net,
      String name,
      long in,
      long out,
      Initializer init,
      boolean useBias,
      int iterations) {
    this.tf = net.ops().withSubScope(name);
    this.kernel = net.variable(tf, "kernel", Shape.of(in, out), init, true);
    this.bias = useBias ? net.variable(tf, "bias", Shape.of(out), Initializer.zeros(), true) : null;
    this.norm = new SpectralNorm<>(net, tf, kernel, iterations);
  }

  @Override
  public Operand<T> apply(Operand<T> x, Mode mode) {
    Operand<T> y = tf.linalg.matMul(x, norm.weight(mode));
    return bias == null ? y : tf.nn.biasAdd(y, bias);
  }

  /** {@return the [in, out] unnormalized kernel (what the optimizer updates)} */
  public Variable<T> kernel() {
    return kernel;
  }

  /** {@return the [out] bias, or null} */
  public Variable<T> bias() {
    return bias;
  }

  /** {@return the kernel's spectral normalization (sigma and u)} */
  public SpectralNorm<T> spectralNorm() {
    return norm;
  }
}
