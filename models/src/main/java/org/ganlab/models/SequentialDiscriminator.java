package org.ganlab.models;

import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.ganlab.core.train.DiscriminatorNet;
import org.ganlab.core.train.DiscriminatorOutput;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** An unconditional discriminator that is one stack of layers ending in a [b, 1] logit. */
final class SequentialDiscriminator implements DiscriminatorNet {
  private final Network<TFloat32> net;
  private final Layer<TFloat32> body;

  SequentialDiscriminator(Network<TFloat32> net, Layer<TFloat32> body) {
    this.net = net;
    this.body = body;
  }

  @Override
  public DiscriminatorOutput discriminate(
      Operand<TFloat32> data, Operand<TInt32> labels, Mode mode) {
    Operand<TFloat32> logits = body.apply(data, mode);
    return DiscriminatorOutput.of(net.ops().reshape(logits, net.ops().constant(new long[] {-1})));
  }

  @Override
  public Network<TFloat32> network() {
    return net;
  }
}
