package org.ganlab.core.nn;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;

/**
 * Instance normalization (Ulyanov et al. 2016), the CycleGAN normalization: each example and
 * channel is standardized over height and width, then scaled and shifted per channel.
 *
 * @param <T> the compute dtype
 */
public final class InstanceNorm<T extends TFloating> implements Layer<T> {
  private final Ops tf;
  private final Variable<T> gamma;
  private final Variable<T> beta;
  private final double eps;

  /**
   * Instance norm over NHWC input with per-channel scale and shift, epsilon 1e-5.
   *
   * @param net the network that owns the layer's variables
   * @param name the layer's scope name within the network
   * @param channels the number of channels (the last axis)
   */
  public InstanceNorm(Network<T> net, String name, long channels) {
    this.tf = net.ops().withSubScope(name);
    this.gamma = net.variable(tf, "gamma", Shape.of(channels), Initializer.constant(1), true);
    this.beta = net.variable(tf, "beta", Shape.of(channels), Initializer.zeros(), true);
    this.eps = 1e-5;
  }

  @Override
  public Operand<T> apply(Operand<T> x, Mode mode) {
    if (x.shape().numDimensions() != 4) {
      throw new IllegalArgumentException("InstanceNorm needs NHWC input, got " + x.shape());
    }
    return Standardize.normalize(tf, x, new int[] {1, 2}, eps, gamma, beta);
  }
}
