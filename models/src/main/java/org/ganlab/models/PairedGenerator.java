package org.ganlab.models;

import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * The generator G of a paired translation architecture ({@link PairedArchitecture}): a network from
 * an input image x to an output image G(x), such as pix2pix's U-Net ({@link UNetGenerator}) or
 * SRGAN's residual network ({@link SrResNetGenerator}).
 */
public interface PairedGenerator {
  /** {@return G's variables and statistic updates} */
  Network<TFloat32> network();

  /**
   * {@return G(x), a batch of the architecture's output shape in [-1, 1]}
   *
   * @param input x, a batch of the architecture's input shape in [-1, 1]
   * @param mode whether G trains (dropout on, batch statistics) or infers
   */
  Operand<TFloat32> translate(Operand<TFloat32> input, Mode mode);
}
