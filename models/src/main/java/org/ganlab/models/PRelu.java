package org.ganlab.models;

import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * The parametric ReLU of He et al. 2015 ("Delving Deep into Rectifiers"), SRGAN's generator
 * activation: max(x, 0) + alpha_c min(x, 0) with a learned slope alpha_c per channel, 0.25 at first
 * (the paper's). Written with max and min rather than a fused op, so its gradient has a gradient
 * (see {@link org.ganlab.core.nn.Activations#leakyRelu}).
 */
final class PRelu implements Layer<TFloat32> {
  private final Ops tf;
  private final Variable<TFloat32> alpha;

  /** Layer {@code name} of {@code channels} slopes (variable {@code name/alpha}). */
  PRelu(Network<TFloat32> net, String name, long channels) {
    this.tf = net.ops().withSubScope(name);
    this.alpha = net.variable(tf, "alpha", Shape.of(channels), Initializer.constant(0.25), true);
  }

  @Override
  public Operand<TFloat32> apply(Operand<TFloat32> x, Mode mode) {
    Operand<TFloat32> zero = tf.constant(0f);
    return tf.math.add(tf.math.maximum(x, zero), tf.math.mul(alpha, tf.math.minimum(x, zero)));
  }
}
