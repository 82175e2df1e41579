package org.ganlab.models;

import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.ganlab.core.train.DiscriminatorNet;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * An unconditional discriminator in the paired translation family: it judges the output image alone
 * and ignores the input, as SRGAN's does (Ledig et al. 2017): whether an image looks like a real
 * full-resolution image, not whether it fits its low-resolution input (the content loss judges
 * that).
 *
 * @param net the discriminator of single images
 */
public record ImageDiscriminator(DiscriminatorNet net) implements PairedDiscriminator {
  @Override
  public Network<TFloat32> network() {
    return net.network();
  }

  /**
   * {@return D(y): the logits of the output images alone}
   *
   * @param input x, ignored
   * @param output y or G(x)
   * @param mode whether D trains (batch statistics) or infers
   */
  @Override
  public Operand<TFloat32> logits(Operand<TFloat32> input, Operand<TFloat32> output, Mode mode) {
    return net.discriminate(output, null, mode).logits();
  }
}
