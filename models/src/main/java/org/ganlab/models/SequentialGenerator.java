package org.ganlab.models;

import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.ganlab.core.train.GeneratorNet;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** An unconditional generator that is one stack of layers applied to z. */
final class SequentialGenerator implements GeneratorNet {
  private final Network<TFloat32> net;
  private final Layer<TFloat32> body;
  private final int latentDim;

  SequentialGenerator(Network<TFloat32> net, Layer<TFloat32> body, int latentDim) {
    this.net = net;
    this.body = body;
    this.latentDim = latentDim;
  }

  @Override
  public Operand<TFloat32> generate(Operand<TFloat32> latent, Operand<TInt32> labels, Mode mode) {
    return body.apply(latent, mode);
  }

  @Override
  public int latentDim() {
    return latentDim;
  }

  @Override
  public Network<TFloat32> network() {
    return net;
  }
}
