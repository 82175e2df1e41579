package org.ganlab.losses;

import java.util.List;
import org.ganlab.core.nn.Activations;
import org.ganlab.core.nn.Conv2d;
import org.ganlab.core.nn.Dense;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.LayerNorm;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.ganlab.core.nn.Reshape;
import org.ganlab.core.nn.Sequential;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.DiscriminatorNet;
import org.ganlab.core.train.DiscriminatorOutput;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TFloating;

/**
 * A small WGAN-GP-style critic on [b, 4, 4, 1] inputs: conv 3x3 stride 2 (3 channels) -> leaky ReLU
 * 0.2 -> layer norm -> flatten -> dense to one score. Every op whose second-order gradient a
 * penalty needs appears once.
 */
final class ConvCritic<T extends TFloating> {
  final Network<T> net;
  private final Layer<T> body;

  ConvCritic(Ops tf, Class<T> dtype, long seed) {
    net = new Network<>(tf, "critic", dtype, new Seeds(seed));
    Ops ops = net.ops();
    body =
        new Sequential<>(
            List.of(
                new Conv2d<>(net, "conv", 1, 3, 3, 2, Initializer.glorotUniform(), true),
                Activations.leakyRelu(ops, 0.2),
                new LayerNorm<>(net, "norm", 3),
                Reshape.flatten(ops),
                new Dense<>(net, "dense", 2 * 2 * 3, 1, Initializer.glorotUniform())));
  }

  /** Scores [b]. */
  Operand<T> apply(Operand<T> x) {
    return net.ops().reshape(body.apply(x, Mode.TRAINING), net.ops().constant(new long[] {-1}));
  }

  /** The float32 critic as a discriminator. */
  static DiscriminatorNet discriminator(ConvCritic<TFloat32> critic) {
    return new DiscriminatorNet() {
      @Override
      public DiscriminatorOutput discriminate(
          Operand<TFloat32> data, Operand<TInt32> labels, Mode mode) {
        return DiscriminatorOutput.of(critic.apply(data));
      }

      @Override
      public Network<TFloat32> network() {
        return critic.net;
      }
    };
  }
}
