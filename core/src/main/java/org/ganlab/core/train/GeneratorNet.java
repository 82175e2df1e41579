package org.ganlab.core.train;

import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** A generator built into a graph: latent codes (and, if conditional, labels) to data. */
public interface GeneratorNet {
  /**
   * Maps latent codes [b, latentDim] to data [b, ...example shape].
   *
   * @param latent the latent codes [b, latentDim]
   * @param labels [b] class ids, or null for an unconditional generator
   * @param mode training or inference, and whether training updates moving statistics
   * @return the generated batch [b, ...example shape]
   */
  Operand<TFloat32> generate(Operand<TFloat32> latent, Operand<TInt32> labels, Mode mode);

  /** {@return dimension of the latent code} */
  int latentDim();

  /** {@return the generator's variables and statistic updates} */
  Network<TFloat32> network();
}
