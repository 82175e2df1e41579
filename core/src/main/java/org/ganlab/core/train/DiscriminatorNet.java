package org.ganlab.core.train;

import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** A discriminator (or critic) built into a graph. */
public interface DiscriminatorNet {
  /**
   * Scores a batch of data.
   *
   * @param data the batch [b, ...example shape]
   * @param labels [b] class ids for a conditional discriminator, or null
   * @param mode training or inference, and whether training updates moving statistics
   * @return the logits and, with a classifier head, the class logits
   */
  DiscriminatorOutput discriminate(Operand<TFloat32> data, Operand<TInt32> labels, Mode mode);

  /** {@return the discriminator's variables and statistic updates} */
  Network<TFloat32> network();
}
