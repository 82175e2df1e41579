package org.ganlab.models;

import java.util.List;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The U-Net generator of {@link Pix2Pix}: an encoder, a bottleneck and a decoder whose layers also
 * read the encoder layer of their resolution (skip connections by channel concatenation), so
 * low-level structure such as the position of edges passes straight from input to output.
 *
 * @param network G's variables and statistic updates
 * @param down1 [b, 28, 28, 1] to [b, 14, 14, f]
 * @param down2 [b, 14, 14, f] to [b, 7, 7, 2f]
 * @param bottleneck [b, 7, 7, 2f] to [b, 7, 7, 2f]
 * @param up1 the bottleneck and down2's output, [b, 7, 7, 4f], to [b, 14, 14, f]
 * @param up2 up1's and down1's output, [b, 14, 14, 2f], to [b, 28, 28, 1] in [-1, 1]
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
   * {@return G(x), [b, 28, 28, 1] in [-1, 1]}
   *
   * @param input x, a batch [b, 28, 28, 1] in [-1, 1]
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
