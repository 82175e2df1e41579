package org.ganlab.models;

import java.util.List;
import org.ganlab.core.nn.Activations;
import org.ganlab.core.nn.Conv2d;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Network;
import org.ganlab.core.nn.Sequential;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.DiscriminatorNet;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Builds the discriminator of a {@link CycleGan}: a PatchGAN (after pix2pix), C(f) stride 2 without
 * norm, C(2f) stride 2 and C(4f) stride 1 with norm, LeakyReLU, then a 4x4 convolution to one score
 * per patch.
 */
final class CycleGanDiscriminatorBuilder {
  private CycleGanDiscriminatorBuilder() {}

  /** The discriminator of images with {@code channels} channels. */
  static DiscriminatorNet build(CycleGan arch, Ops tf, String name, Seeds seeds, int channels) {
    Network<TFloat32> net = Blocks.network(tf, name, seeds);
    Ops o = net.ops();
    Initializer init = Initializer.normal(arch.initStd());
    Normalization normalization = arch.normalization();
    boolean bias = normalization.needsBias();
    long f = arch.discriminatorFilters();
    double leakySlope = arch.leakySlope();
    Layer<TFloat32> body =
        new Sequential<>(
            List.of(
                new Conv2d<>(net, "conv1", channels, f, 4, 2, init, true),
                Activations.leakyRelu(o, leakySlope),
                new Conv2d<>(net, "conv2", f, 2 * f, 4, 2, init, bias),
                normalization.layer(net, "conv2", 2 * f),
                Activations.leakyRelu(o, leakySlope),
                new Conv2d<>(net, "conv3", 2 * f, 4 * f, 4, 1, init, bias),
                normalization.layer(net, "conv3", 4 * f),
                Activations.leakyRelu(o, leakySlope),
                new Conv2d<>(net, "patch_logits", 4 * f, 1, 4, 1, init, true)));
    // SequentialDiscriminator flattens [b, h/4, w/4, 1] to one score per patch.
    return new SequentialDiscriminator(net, body);
  }
}
