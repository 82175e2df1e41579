package org.ganlab.models;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.nn.Activations;
import org.ganlab.core.nn.BatchNorm;
import org.ganlab.core.nn.Conv2d;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.ganlab.core.nn.Sequential;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The generator of {@link Srgan} (Ledig et al. 2017, figure 4: SRResNet): a head convolution, a
 * trunk of residual blocks at the low resolution closed by a convolution and a skip from the head,
 * then one sub-pixel stage per factor of 2 (a convolution to 4 times the channels rearranged into a
 * twice larger image by depth-to-space, Shi et al. 2016) and a tail convolution to the image.
 * Working at the low resolution until the end keeps the residual blocks cheap.
 *
 * @param network G's variables and statistic updates
 * @param head [b, h, w, 1] to [b, h, w, f]: the 9x9 convolution and PReLU
 * @param blocks the residual blocks, each [b, h, w, f] to itself
 * @param trunkEnd the 3x3 convolution and batch norm after the blocks, before the skip from head
 * @param upsampling the sub-pixel stages, each [b, s, s, f] to [b, 2s, 2s, f]
 * @param tail [b, H, W, f] to [b, H, W, 1] in [-1, 1]: the 9x9 convolution and tanh
 */
public record SrResNetGenerator(
    Network<TFloat32> network,
    Layer<TFloat32> head,
    List<Layer<TFloat32>> blocks,
    Layer<TFloat32> trunkEnd,
    List<Layer<TFloat32>> upsampling,
    Layer<TFloat32> tail)
    implements PairedGenerator {

  /**
   * Copies the layer lists.
   *
   * @param network G's variables and statistic updates
   * @param head [b, h, w, 1] to [b, h, w, f]: the 9x9 convolution and PReLU
   * @param blocks the residual blocks, each [b, h, w, f] to itself
   * @param trunkEnd the 3x3 convolution and batch norm after the blocks, before the skip from head
   * @param upsampling the sub-pixel stages, each [b, s, s, f] to [b, 2s, 2s, f]
   * @param tail [b, H, W, f] to [b, H, W, 1] in [-1, 1]: the 9x9 convolution and tanh
   */
  public SrResNetGenerator {
    blocks = List.copyOf(blocks);
    upsampling = List.copyOf(upsampling);
  }

  /**
   * {@return the layers of G in {@code net}: 9x9 head, {@code blocks} residual blocks, the trunk's
   * end, one sub-pixel stage per factor of 2 and the 9x9 tail (layer names are checkpoint names)}
   *
   * @param net the network that owns G's variables
   * @param factor the upscaling factor, a power of 2
   * @param blocks the residual blocks
   * @param filters f, the trunk's width
   */
  static SrResNetGenerator build(Network<TFloat32> net, int factor, int blocks, int filters) {
    Ops o = net.ops();
    long f = filters;
    // Glorot-uniform weights: the deep residual trunk needs a scale that follows the fan-in.
    Initializer init = Initializer.glorotUniform();
    Layer<TFloat32> head =
        new Sequential<>(
            List.of(
                new Conv2d<>(net, "head", 1, f, 9, 1, init, true),
                new PRelu(net, "head_prelu", f)));
    List<Layer<TFloat32>> residual = new ArrayList<>();
    for (int i = 0; i < blocks; i++) {
      String b = "block" + i;
      Layer<TFloat32> body =
          new Sequential<>(
              List.of(
                  new Conv2d<>(net, b + "_conv1", f, f, 3, 1, init, false),
                  new BatchNorm<>(net, b + "_bn1", f),
                  new PRelu(net, b + "_prelu", f),
                  new Conv2d<>(net, b + "_conv2", f, f, 3, 1, init, false),
                  new BatchNorm<>(net, b + "_bn2", f)));
      residual.add((x, mode) -> o.math.add(x, body.apply(x, mode)));
    }
    Layer<TFloat32> trunkEnd =
        new Sequential<>(
            List.of(
                new Conv2d<>(net, "trunk_conv", f, f, 3, 1, init, false),
                new BatchNorm<>(net, "trunk_bn", f)));
    List<Layer<TFloat32>> upsampling = new ArrayList<>();
    for (int s = 0; s < Integer.numberOfTrailingZeros(factor); s++) {
      Conv2d<TFloat32> conv =
          new Conv2d<>(net, "upsample" + s + "_conv", f, 4 * f, 3, 1, init, true);
      PRelu act = new PRelu(net, "upsample" + s + "_prelu", f);
      // Sub-pixel convolution: 4f channels at s x s become f channels at 2s x 2s.
      upsampling.add((x, mode) -> act.apply(o.nn.depthToSpace(conv.apply(x, mode), 2L), mode));
    }
    Layer<TFloat32> tail =
        new Sequential<>(
            List.of(new Conv2d<>(net, "tail", f, 1, 9, 1, init, true), Activations.tanh(o)));
    return new SrResNetGenerator(net, head, residual, trunkEnd, upsampling, tail);
  }

  /**
   * {@return G(x), the image upsampled by 2 per sub-pixel stage}
   *
   * @param input x, a low-resolution batch [b, h, w, 1] in [-1, 1]
   * @param mode whether G trains (batch statistics) or infers (moving statistics)
   */
  @Override
  public Operand<TFloat32> translate(Operand<TFloat32> input, Mode mode) {
    Operand<TFloat32> h = head.apply(input, mode);
    Operand<TFloat32> r = h;
    for (Layer<TFloat32> block : blocks) {
      r = block.apply(r, mode);
    }
    Operand<TFloat32> up = network.ops().math.add(trunkEnd.apply(r, mode), h);
    for (Layer<TFloat32> stage : upsampling) {
      up = stage.apply(up, mode);
    }
    return tail.apply(up, mode);
  }
}
