package org.ganlab.models;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.nn.Activations;
import org.ganlab.core.nn.Conv2d;
import org.ganlab.core.nn.Conv2dTranspose;
import org.ganlab.core.nn.CoordinateChannels;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Network;
import org.ganlab.core.nn.Sequential;
import org.ganlab.core.nn.WidthMixing;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GeneratorNet;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Builds the generator of a {@link CycleGan}: the ResNet generator of Johnson et al. 2016 (c7s1-f,
 * d2f, d4f, residual blocks R4f, u2f, uf, c7s1-C with tanh), with the optional coordinate channels
 * and width-mixing layer; or pix2pix's U-Net ({@link UNetGenerator}) with the architecture's
 * normalization and no dropout.
 */
final class CycleGanGeneratorBuilder {
  private CycleGanGeneratorBuilder() {}

  /** The generator from images with {@code in} channels to images with {@code out} channels. */
  static GeneratorNet build(CycleGan arch, Ops tf, String name, Seeds seeds, int in, int out) {
    Network<TFloat32> net = Blocks.network(tf, name, seeds);
    Ops o = net.ops();
    Initializer init = Initializer.normal(arch.initStd());
    // Its "latent" is one flattened input image.
    int flat = arch.imageSize() * arch.imageSize() * in;
    if (arch.generator() == GeneratorTopology.UNET) {
      Layer<TFloat32> none = Layer.identity();
      UNetGenerator u =
          UNetGenerator.build(
              net, in, out, arch.generatorFilters(), arch.normalization(), init, none, none);
      return new SequentialGenerator(net, u::translate, flat);
    }
    Normalization normalization = arch.normalization();
    boolean bias = normalization.needsBias();
    long f = arch.generatorFilters();
    List<Layer<TFloat32>> layers = new ArrayList<>();
    int extra = arch.coordinates() ? 2 : 0;
    if (arch.coordinates()) {
      layers.add(new CoordinateChannels<>(o));
    }
    layers.add(new Conv2d<>(net, "c7s1", in + extra, f, 7, 1, init, bias));
    layers.add(normalization.layer(net, "c7s1", f));
    layers.add(Activations.relu(o));
    layers.add(new Conv2d<>(net, "down1", f, 2 * f, 3, 2, init, bias));
    layers.add(normalization.layer(net, "down1", 2 * f));
    layers.add(Activations.relu(o));
    layers.add(new Conv2d<>(net, "down2", 2 * f, 4 * f, 3, 2, init, bias));
    layers.add(normalization.layer(net, "down2", 4 * f));
    layers.add(Activations.relu(o));
    if (arch.widthMixing()) {
      int side = arch.imageSize() / 4;
      layers.add(new WidthMixing<>(net, "width_mixing", side, WidthMixing.identity()));
    }
    for (int i = 1; i <= arch.residualBlocks(); i++) {
      layers.add(residual(arch, net, "res" + i, 4 * f, init, bias));
    }
    layers.add(new Conv2dTranspose<>(net, "up1", 4 * f, 2 * f, 3, 2, init, bias));
    layers.add(normalization.layer(net, "up1", 2 * f));
    layers.add(Activations.relu(o));
    layers.add(new Conv2dTranspose<>(net, "up2", 2 * f, f, 3, 2, init, bias));
    layers.add(normalization.layer(net, "up2", f));
    layers.add(Activations.relu(o));
    layers.add(new Conv2d<>(net, "output", f, out, 7, 1, init, true));
    layers.add(Activations.tanh(o));
    return new SequentialGenerator(net, new Sequential<>(layers), flat);
  }

  /** x + norm(conv(relu(norm(conv(x))))), 3x3 convolutions keeping the width. */
  private static Layer<TFloat32> residual(
      CycleGan arch,
      Network<TFloat32> net,
      String name,
      long width,
      Initializer init,
      boolean bias) {
    boolean coordinates = arch.coordinates();
    Normalization normalization = arch.normalization();
    List<Layer<TFloat32>> layers = new ArrayList<>();
    if (coordinates) {
      layers.add(new CoordinateChannels<>(net.ops()));
    }
    layers.addAll(
        List.of(
            new Conv2d<>(
                net, name + "_conv1", width + (coordinates ? 2 : 0), width, 3, 1, init, bias),
            normalization.layer(net, name + "_conv1", width),
            Activations.relu(net.ops()),
            new Conv2d<>(net, name + "_conv2", width, width, 3, 1, init, bias),
            normalization.layer(net, name + "_conv2", width)));
    Layer<TFloat32> branch = new Sequential<>(layers);
    return (x, mode) -> {
      Operand<TFloat32> y = branch.apply(x, mode);
      return net.ops().math.add(x, y);
    };
  }
}
