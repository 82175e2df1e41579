package org.ganlab.models;

import java.util.List;
import org.ganlab.core.nn.Activations;
import org.ganlab.core.nn.Conv2d;
import org.ganlab.core.nn.Conv2dTranspose;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.ganlab.core.nn.Sequential;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The U-Net generator of {@link Pix2Pix}: an encoder, a bottleneck and a decoder whose layers also
 * read the encoder layer of their resolution (skip connections by channel concatenation), so
 * low-level structure such as the position of edges passes straight from input to output. pix2pix
 * ({@link Pix2Pix}) uses it with batch norm and dropout, CycleGAN ({@link GeneratorTopology#UNET})
 * with instance norm and without dropout.
 *
 * @param network G's variables and statistic updates
 * @param down1 [b, 28, 28, in] to [b, 14, 14, f]
 * @param down2 [b, 14, 14, f] to [b, 7, 7, 2f]
 * @param bottleneck [b, 7, 7, 2f] to [b, 7, 7, 2f]
 * @param up1 the bottleneck and down2's output, [b, 7, 7, 4f], to [b, 14, 14, f]
 * @param up2 up1's and down1's output, [b, 14, 14, 2f], to [b, 28, 28, out] in [-1, 1]
 */
public record UNetGenerator(
    Network<TFloat32> network,
    Layer<TFloat32> down1,
    Layer<TFloat32> down2,
    Layer<TFloat32> bottleneck,
    Layer<TFloat32> up1,
    Layer<TFloat32> up2)
    implements PairedGenerator {

  /**
   * Builds the layers into {@code net}: 4x4 convolutions with the given initializer; down1 with a
   * bias and LeakyReLU 0.2, no norm; down2 and the bottleneck normalized, LeakyReLU 0.2 and ReLU;
   * up1 normalized, ReLU; up2 with a bias and tanh. Variables are named after their layer ("down2",
   * "down2_bn", ...) and seeded by name, so every caller gets the same ones.
   *
   * @param net the network the variables belong to
   * @param in input channels
   * @param out output channels
   * @param f the encoder's first width (2f at 7x7)
   * @param normalization after down2, the bottleneck and up1
   * @param init the weights' initializer
   * @param bottleneckDropout applied after the bottleneck's ReLU (an identity for none)
   * @param up1Dropout applied after up1's ReLU (an identity for none)
   * @return the generator
   */
  static UNetGenerator build(
      Network<TFloat32> net,
      long in,
      long out,
      long f,
      Normalization normalization,
      Initializer init,
      Layer<TFloat32> bottleneckDropout,
      Layer<TFloat32> up1Dropout) {
    Ops o = net.ops();
    boolean bias = normalization.needsBias();
    Layer<TFloat32> down1 =
        new Sequential<>(
            List.of(
                new Conv2d<>(net, "down1", in, f, 4, 2, init, true),
                Activations.leakyRelu(o, 0.2)));
    Layer<TFloat32> down2 =
        new Sequential<>(
            List.of(
                new Conv2d<>(net, "down2", f, 2 * f, 4, 2, init, bias),
                normalization.layer(net, "down2", 2 * f),
                Activations.leakyRelu(o, 0.2)));
    Layer<TFloat32> bottleneck =
        new Sequential<>(
            List.of(
                new Conv2d<>(net, "bottleneck", 2 * f, 2 * f, 4, 1, init, bias),
                normalization.layer(net, "bottleneck", 2 * f),
                Activations.relu(o),
                bottleneckDropout));
    Layer<TFloat32> up1 =
        new Sequential<>(
            List.of(
                new Conv2dTranspose<>(net, "up1", 4 * f, f, 4, 2, init, bias),
                normalization.layer(net, "up1", f),
                Activations.relu(o),
                up1Dropout));
    Layer<TFloat32> up2 =
        new Sequential<>(
            List.of(
                new Conv2dTranspose<>(net, "up2", 2 * f, out, 4, 2, init, true),
                Activations.tanh(o)));
    return new UNetGenerator(net, down1, down2, bottleneck, up1, up2);
  }

  /**
   * {@return G(x), [b, 28, 28, out] in [-1, 1]}
   *
   * @param input x, a batch [b, 28, 28, in] in [-1, 1]
   * @param mode whether G trains (dropout on, batch statistics) or infers
   */
  @Override
  public Operand<TFloat32> translate(Operand<TFloat32> input, Mode mode) {
    Ops o = network.ops();
    Operand<TFloat32> e1 = down1.apply(input, mode);
    Operand<TFloat32> e2 = down2.apply(e1, mode);
    Operand<TFloat32> b = bottleneck.apply(e2, mode);
    Operand<TFloat32> d1 = up1.apply(o.concat(List.of(b, e2), o.constant(3)), mode);
    return up2.apply(o.concat(List.of(d1, e1), o.constant(3)), mode);
  }
}
