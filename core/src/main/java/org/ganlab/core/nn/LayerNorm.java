package org.ganlab.core.nn;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;

/**
 * Layer normalization (Ba et al. 2016): each example is standardized over all its non-batch axes,
 * then scaled and shifted per channel. The WGAN-GP paper recommends it for critics, because the
 * gradient penalty is per example and batch norm couples examples.
 *
 * @param <T> the compute dtype
 */
public final class LayerNorm<T extends TFloating> implements Layer<T> {
  private final Ops tf;
  private final Variable<T> gamma;
  private final Variable<T> beta;
  private final double eps;

  /**
   * Layer norm with per-channel scale and shift, epsilon 1e-5.
   *
   * @param net the network that owns the layer's variables
   * @param name the layer's scope name within the network
   * @param channels the number of channels (the last axis)
   */
  public LayerNorm(Network<T> net, String name, long channels) {
    this.tf = net.ops().withSubScope(name);
    this.gamma = net.variable(tf, "gamma", Shape.of(channels), Initializer.constant(1), true);
    this.beta = net.variable(tf, "beta", Shape.of(channels), Initializer.zeros(), true);
    this.eps = 1e-5;
  }

  @Override
  public Operand<T> apply(Operand<T> x, Mode mode) {
    return Standardize.normalize(
        tf, x, Standardize.allButBatch(x.shape().numDimensions()), eps, gamma, beta);
  }
}
