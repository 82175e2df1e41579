package org.ganlab.models;

import java.util.List;
import org.ganlab.core.nn.Embedding;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.ganlab.core.train.GeneratorNet;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A generator conditioned by concatenating a code of the label (one-hot or learned embedding) to z
 * before the first layer (Mirza and Osindero 2014).
 */
final class ConditionalGenerator implements GeneratorNet {
  private final Network<TFloat32> net;
  private final Layer<TFloat32> body;
  private final int latentDim;
  private final int numClasses;
  private final Embedding<TFloat32> embedding;

  /**
   * @param embedding the label embedding, or null for a one-hot code
   */
  ConditionalGenerator(
      Network<TFloat32> net,
      Layer<TFloat32> body,
      int latentDim,
      int numClasses,
      Embedding<TFloat32> embedding) {
    this.net = net;
    this.body = body;
    this.latentDim = latentDim;
    this.numClasses = numClasses;
    this.embedding = embedding;
  }

  @Override
  public Operand<TFloat32> generate(Operand<TFloat32> latent, Operand<TInt32> labels, Mode mode) {
    if (labels == null) {
      throw new IllegalArgumentException("a conditional generator needs the requested labels");
    }
    Ops o = net.ops();
    Operand<TFloat32> code =
        embedding != null ? embedding.apply(labels) : oneHot(o, labels, numClasses);
    return body.apply(o.concat(List.of(latent, code), o.constant(1)), mode);
  }

  static Operand<TFloat32> oneHot(Ops o, Operand<TInt32> labels, int numClasses) {
    return o.oneHot(labels, o.constant(numClasses), o.constant(1f), o.constant(0f));
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
