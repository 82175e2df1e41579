package org.ganlab.core.train;

import org.tensorflow.op.Ops;

/**
 * A generator/discriminator loss pair (non-saturating, Wasserstein, hinge, ...), implemented in the
 * {@code losses} module. Implementations are immutable and hold only hyperparameters.
 */
public interface GanLossFunction {
  /**
   * Builds both losses on the model's discriminator outputs.
   *
   * @param tf the ops the losses are built with
   * @param model the model whose discriminator outputs the losses read
   * @return the generator and discriminator losses
   */
  GanLoss build(Ops tf, GanModel model);

  /** {@return a short name with hyperparameters, for provenance} */
  String name();

  /**
   * {@return how this loss reads the discriminator's outputs, for monitoring: probabilities for
   * losses built on a sigmoid (the default), raw values for critics}
   */
  default Scores.Kind scoreKind() {
    return Scores.Kind.PROBABILITY;
  }
}
