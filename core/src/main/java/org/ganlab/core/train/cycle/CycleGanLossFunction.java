package org.ganlab.core.train.cycle;

import org.ganlab.core.train.GanLoss;
import org.tensorflow.op.Ops;

/**
 * The losses of a translation model: one generator loss (both generators' adversarial terms plus
 * cycle and identity terms) and one discriminator loss (both discriminators). Implemented outside
 * core (the {@code models} module combines the {@code losses} module's pieces), so core knows no
 * concrete loss. The discriminator loss should be built on {@link
 * CycleGanModel#aToBForDiscriminator()} and {@link CycleGanModel#bToAForDiscriminator()}, so that
 * an image pool reaches it.
 */
public interface CycleGanLossFunction {
  /**
   * Builds both losses on the model; named terms end up in the step records.
   *
   * @param tf the ops the losses are built with
   * @param model the model whose outputs the losses read
   * @return the generator and discriminator losses
   */
  GanLoss build(Ops tf, CycleGanModel model);

  /** {@return a short name with hyperparameters, for provenance} */
  String name();
}
