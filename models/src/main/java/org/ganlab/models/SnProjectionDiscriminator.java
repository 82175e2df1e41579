package org.ganlab.models;

import java.util.List;
import org.ganlab.core.nn.Activations;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.ganlab.core.nn.Reshape;
import org.ganlab.core.nn.Sequential;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.DiscriminatorNet;
import org.ganlab.core.train.DiscriminatorOutput;
import org.ganlab.models.stabilizers.SpectralNormConv2d;
import org.ganlab.models.stabilizers.SpectralNormDense;
import org.ganlab.models.stabilizers.SpectralNormEmbedding;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The discriminator of {@link SnProjectionGan}: SN-DCGAN's features phi(x) (SN conv 14x14xf ->
 * LeakyReLU -> SN conv 7x7x(2f) -> LeakyReLU -> flatten) and the projection head D(x, y) =
 * psi(phi(x)) + embed(y) . phi(x) (Miyato and Koyama 2018, equation 3) with psi a spectrally
 * normalized dense layer "logit" and embed a spectrally normalized embedding "projection".
 */
final class SnProjectionDiscriminator implements DiscriminatorNet {
  private final Network<TFloat32> net;
  private final Layer<TFloat32> features;
  private final SpectralNormDense<TFloat32> logit;
  private final SpectralNormEmbedding<TFloat32> projection;

  SnProjectionDiscriminator(SnProjectionGan arch, Ops tf, String name, Seeds seeds) {
    this.net = Blocks.network(tf, name, seeds);
    Ops o = net.ops();
    Initializer init = Initializer.normal(arch.initStd());
    int f = arch.filters();
    int k = arch.kernelSize();
    int it = arch.powerIterations();
    this.features =
        new Sequential<>(
            List.of(
                new SpectralNormConv2d<>(net, "conv1", arch.channels(), f, k, 2, init, true, it),
                Activations.leakyRelu(o, arch.leakySlope()),
                new SpectralNormConv2d<>(net, "conv2", f, 2L * f, k, 2, init, true, it),
                Activations.leakyRelu(o, arch.leakySlope()),
                Reshape.flatten(o)));
    long dim = Blocks.featureDim(f);
    this.logit = new SpectralNormDense<>(net, "logit", dim, 1, init, true, it);
    this.projection =
        new SpectralNormEmbedding<>(net, "projection", arch.numClasses(), dim, init, it);
  }

  @Override
  public DiscriminatorOutput discriminate(
      Operand<TFloat32> data, Operand<TInt32> labels, Mode mode) {
    if (labels == null) {
      throw new IllegalArgumentException("a projection discriminator needs the labels");
    }
    Ops o = net.ops();
    Operand<TFloat32> h = features.apply(data, mode);
    Operand<TFloat32> score = Blocks.squeeze(o, logit.apply(h, mode));
    Operand<TFloat32> inner = o.sum(o.math.mul(projection.apply(labels, mode), h), o.constant(1));
    return DiscriminatorOutput.of(o.math.add(score, inner));
  }

  @Override
  public Network<TFloat32> network() {
    return net;
  }
}
