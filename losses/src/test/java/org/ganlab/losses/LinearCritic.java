package org.ganlab.losses;

import org.ganlab.core.nn.Dense;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.DiscriminatorNet;
import org.ganlab.core.train.DiscriminatorOutput;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** D(x) = w.x + b, a Dense layer with known weights: grad_x D = w everywhere. */
final class LinearCritic implements DiscriminatorNet {
  private final Network<TFloat32> net;
  private final Dense<TFloat32> dense;
  private final float bias;

  LinearCritic(Ops tf, double[] w, float bias) {
    this.net = new Network<>(tf, "critic", TFloat32.class, new Seeds(1));
    this.dense = new Dense<>(net, "dense", w.length, 1, TestGraph.values(w));
    this.bias = bias;
  }

  @Override
  public DiscriminatorOutput discriminate(
      Operand<TFloat32> data, Operand<TInt32> labels, Mode mode) {
    Ops tf = net.ops();
    Operand<TFloat32> y = tf.math.add(dense.apply(data, mode), tf.constant(bias));
    return DiscriminatorOutput.of(tf.reshape(y, tf.constant(new long[] {-1})));
  }

  @Override
  public Network<TFloat32> network() {
    return net;
  }
}
