package org.ganlab.models;

import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * The discriminator D of a paired translation architecture ({@link PairedArchitecture}): logits for
 * an output image, high when it is real, given the input it was made from. pix2pix's PatchGAN
 * ({@link PatchDiscriminator}) reads the pair; SRGAN's ({@link ImageDiscriminator}) reads the
 * output alone.
 */
public interface PairedDiscriminator {
  /** {@return D's variables and statistic updates} */
  Network<TFloat32> network();

  /**
   * {@return D's logits, one or more per example, high for real outputs}
   *
   * @param input x, a batch of the architecture's input shape in [-1, 1]
   * @param output y or G(x), a batch of the architecture's output shape
   * @param mode whether D trains (batch statistics) or infers
   */
  Operand<TFloat32> logits(Operand<TFloat32> input, Operand<TFloat32> output, Mode mode);
}
