package org.ganlab.models;

import java.util.List;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
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
