package org.ganlab.core.nn;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;

/**
 * Fully connected layer: y = x W + b, for x of shape [batch, in].
 *
 * @param <T> the compute dtype
 */
public final class Dense<T extends TFloating> implements Layer<T> {
  private final Ops tf;
  private final Variable<T> kernel;
  private final Variable<T> bias;

  /**
   * A dense layer with a bias, kernel from {@code init}.
   *
   * @param net the network that owns the layer's variables
   * @param name the layer's scope name within the network
   * @param in input features
   * @param out output features
   * @param init initializer of the kernel
   */
  public Dense(Network<T> net, String name, long in, long out, Initializer init) {
    this(net, name, in, out, init, true);
  }

  /**
   * A dense layer; {@code useBias} false when a following normalization makes it redundant.
   *
   * @param net the network that owns the layer's variables
   * @param name the layer's scope name within the network
   * @param in input features
   * @param out output features
   * @param init initializer of the kernel
   * @param useBias whether the layer adds a bias
   */
  public Dense(Network<T> net, String name, long in, long out, Initializer init, boolean useBias) {
    this.tf = net.ops().withSubScope(name);
    this.kernel = net.variable(tf, "kernel", Shape.of(in, out), init, true);
    this.bias = useBias ? net.variable(tf, "bias", Shape.of(out), Initializer.zeros(), true) : null;
  }

  @Override
  public Operand<T> apply(Operand<T> x, Mode mode) {
    Operand<T> y = tf.linalg.matMul(x, kernel);
    return bias == null ? y : tf.nn.biasAdd(y, bias);
  }

  /** {@return the [in, out] weight matrix} */
  public Variable<T> kernel() {
    return kernel;
  }

  /** {@return the [out] bias, or null} */
  public Variable<T> bias() {
    return bias;
  }
}
