package org.ganlab.models;

import org.ganlab.core.nn.Dense;
import org.ganlab.core.nn.Embedding;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.ganlab.core.train.DiscriminatorNet;
import org.ganlab.core.train.DiscriminatorOutput;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The three ways a discriminator uses class labels; see {@link ConditionalGan.Head}. Features
 * phi(x) come from the shared DCGAN-shaped body, the head decides what is done with them.
 */
final class ConditionalDiscriminator implements DiscriminatorNet {
  private final Network<TFloat32> net;
  private final ConditionalGan.Head head;
  private final int numClasses;
  private final Layer<TFloat32> features;
  private final Dense<TFloat32> logit;
  private final Embedding<TFloat32> projection;
  private final Dense<TFloat32> classifier;

  /**
   * @param projection the class embedding of the projection head, else null
   * @param classifier the class-logit layer of the AC-GAN head, else null
   */
  ConditionalDiscriminator(
      Network<TFloat32> net,
      ConditionalGan.Head head,
      int numClasses,
      Layer<TFloat32> features,
      Dense<TFloat32> logit,
      Embedding<TFloat32> projection,
      Dense<TFloat32> classifier) {
    this.net = net;
    this.head = head;
    this.numClasses = numClasses;
    this.features = features;
    this.logit = logit;
    this.projection = projection;
    this.classifier = classifier;
  }

  @Override
  public DiscriminatorOutput discriminate(
      Operand<TFloat32> data, Operand<TInt32> labels, Mode mode) {
    if (head != ConditionalGan.Head.AUX_CLASSIFIER && labels == null) {
      throw new IllegalArgumentException("a " + head + " discriminator needs the labels");
    }
    Ops o = net.ops();
    Operand<TFloat32> x =
        head == ConditionalGan.Head.CONCAT
            ? o.concat(java.util.List.of(data, labelMaps(o, labels, data)), o.constant(3))
            : data;
    Operand<TFloat32> h = features.apply(x, mode);
    Operand<TFloat32> score = Blocks.squeeze(o, logit.apply(h, mode));
    return switch (head) {
      case CONCAT -> DiscriminatorOutput.of(score);
      // Miyato and Koyama 2018, eq. 3: f(x, y) = psi(phi(x)) + embed(y) . phi(x).
      case PROJECTION ->
          DiscriminatorOutput.of(
              o.math.add(score, o.sum(o.math.mul(projection.apply(labels), h), o.constant(1))));
      case AUX_CLASSIFIER -> new DiscriminatorOutput(score, classifier.apply(h, mode));
    };
  }

  /** One-hot labels broadcast to [b, h, w, classes] planes, appended to the image channels. */
  private Operand<TFloat32> labelMaps(Ops o, Operand<TInt32> labels, Operand<TFloat32> data) {
    Operand<TFloat32> oneHot = ConditionalGenerator.oneHot(o, labels, numClasses);
    Operand<TFloat32> planes = o.reshape(oneHot, o.constant(new long[] {-1, 1, 1, numClasses}));
    long height = data.shape().size(1);
    long width = data.shape().size(2);
    return o.math.mul(planes, o.ones(o.constant(new long[] {1, height, width, 1}), TFloat32.class));
  }

  @Override
  public Network<TFloat32> network() {
    return net;
  }
}
