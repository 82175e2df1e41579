package org.ganlab.models;

import org.ganlab.core.nn.Dense;
import org.ganlab.core.nn.Embedding;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Network;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.DiscriminatorNet;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Builds the discriminator of a {@link ConditionalGan}: DCGAN's feature layers (with label planes
 * appended to the input for {@link ConditionalGan.Head#CONCAT}), a real/fake logit, and the
 * projection embedding or the class logits of the other heads.
 */
final class ConditionalDiscriminatorBuilder {
  private ConditionalDiscriminatorBuilder() {}

  static DiscriminatorNet build(ConditionalGan arch, Ops tf, String name, Seeds seeds) {
    Network<TFloat32> net = Blocks.network(tf, name, seeds);
    Initializer init = Initializer.normal(arch.initStd());
    ConditionalGan.Head head = arch.head();
    int numClasses = arch.numClasses();
    long inChannels =
        head == ConditionalGan.Head.CONCAT ? (long) arch.channels() + numClasses : arch.channels();
    Layer<TFloat32> features =
        Blocks.features(
            net,
            inChannels,
            arch.filters(),
            arch.kernelSize(),
            arch.leakySlope(),
            init,
            arch.discriminatorNorm());
    long dim = Blocks.featureDim(arch.filters());
    Dense<TFloat32> logit = new Dense<>(net, "logit", dim, 1, init, true);
    Embedding<TFloat32> projection =
        head == ConditionalGan.Head.PROJECTION
            ? new Embedding<>(net, "projection", numClasses, dim, init)
            : null;
    Dense<TFloat32> classifier =
        head == ConditionalGan.Head.AUX_CLASSIFIER
            ? new Dense<>(net, "class_logits", dim, numClasses, init, true)
            : null;
    return new ConditionalDiscriminator(
        net, head, numClasses, features, logit, projection, classifier);
  }
}
