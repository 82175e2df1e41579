package org.ganlab.models;

import java.util.List;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The PatchGAN discriminator of {@link Pix2Pix}: judges an (input, output) pair, concatenated along
 * the channels, with one logit per patch rather than one per image.
 *
 * @param network D's variables and statistic updates
 * @param body [b, 28, 28, 2] pairs to [b, 14, 14, 1] patch logits
 */
public record PatchDiscriminator(Network<TFloat32> network, Layer<TFloat32> body)
    implements PairedDiscriminator {

  /**
   * {@return D(x, y): [b, 14, 14, 1] logits, high for real pairs}
   *
   * @param input x, a batch [b, 28, 28, 1] in [-1, 1]
   * @param output y or G(x), the same shape
   * @param mode whether D trains (batch statistics) or infers
   */
  @Override
  public Operand<TFloat32> logits(Operand<TFloat32> input, Operand<TFloat32> output, Mode mode) {
    Ops o = network.ops();
    return body.apply(o.concat(List.of(input, output), o.constant(3)), mode);
  }
}
