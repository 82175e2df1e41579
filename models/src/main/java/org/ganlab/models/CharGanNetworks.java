package org.ganlab.models;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.nn.Conv1d;
import org.ganlab.core.nn.Dense;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Network;
import org.ganlab.core.nn.Reshape;
import org.ganlab.core.nn.Sequential;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.DiscriminatorNet;
import org.ganlab.core.train.GeneratorNet;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Builds {@link CharGan}'s two networks (the authors' {@code gan_language.py}, Gulrajani et al.
 * 2017): layer names are part of the checkpoint format, keep them stable.
 */
final class CharGanNetworks {
  private CharGanNetworks() {}

  /**
   * z -> dense length*f -> [length, f] -> residual blocks -> 1x1 conv to the alphabet -> softmax
   * over the alphabet at every position. The softmax itself is the output: no sampling in the
   * graph, so the critic's gradient reaches the generator.
   */
  static GeneratorNet generator(Ops tf, String name, Seeds seeds, CharGan a) {
    Network<TFloat32> net = Blocks.network(tf, name, seeds);
    Ops o = net.ops();
    Initializer init = Initializer.glorotUniform();
    List<Layer<TFloat32>> layers = new ArrayList<>();
    layers.add(new Dense<>(net, "project", a.latentDim(), (long) a.length() * a.filters(), init));
    layers.add(new Reshape<>(o, a.length(), a.filters()));
    for (int i = 1; i <= a.residualBlocks(); i++) {
      layers.add(
          new ResidualBlock1d(
              net, "res" + i, a.filters(), a.kernelSize(), a.residualScale(), init));
    }
    layers.add(new Conv1d<>(net, "logits", a.filters(), a.symbols(), 1, 1, init, true));
    // Softmax over the last axis (the alphabet) at every position.
    layers.add((x, mode) -> o.nn.softmax(x));
    return new SequentialGenerator(net, new Sequential<>(layers), a.latentDim());
  }

  /**
   * [length, alphabet] (one-hot or softmax rows) -> 1x1 conv to f -> residual blocks -> flatten ->
   * dense 1: an unbounded critic value, no normalization (the gradient penalty is per example).
   */
  static DiscriminatorNet critic(Ops tf, String name, Seeds seeds, CharGan a) {
    Network<TFloat32> net = Blocks.network(tf, name, seeds);
    Ops o = net.ops();
    Initializer init = Initializer.glorotUniform();
    List<Layer<TFloat32>> layers = new ArrayList<>();
    layers.add(new Conv1d<>(net, "embed", a.symbols(), a.filters(), 1, 1, init, true));
    for (int i = 1; i <= a.residualBlocks(); i++) {
      layers.add(
          new ResidualBlock1d(
              net, "res" + i, a.filters(), a.kernelSize(), a.residualScale(), init));
    }
    layers.add(Reshape.flatten(o));
    layers.add(new Dense<>(net, "critic", (long) a.length() * a.filters(), 1, init));
    return new SequentialDiscriminator(net, new Sequential<>(layers));
  }
}
