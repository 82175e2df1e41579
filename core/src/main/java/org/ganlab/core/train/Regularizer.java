package org.ganlab.core.train;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A term added to the generator and/or discriminator loss (gradient penalty, R1, ...), implemented
 * in the {@code losses} module.
 */
public interface Regularizer {
  /**
   * Builds the weighted terms; either may be null when the regularizer does not touch it.
   *
   * @param tf the ops the terms are built with
   * @param model the model whose discriminator the penalty differentiates
   * @return the weighted generator and discriminator terms
   */
  Terms build(Ops tf, GanModel model);

  /** {@return a short name used as the metrics column, e.g. "gradient_penalty"} */
  String name();

  /**
   * The weighted penalties.
   *
   * @param generator added to the generator loss, or null
   * @param discriminator added to the discriminator loss, or null
   */
  record Terms(Operand<TFloat32> generator, Operand<TFloat32> discriminator) {
    /**
     * {@return a discriminator-only penalty}
     *
     * @param penalty the weighted scalar penalty added to the discriminator loss
     */
    public static Terms discriminator(Operand<TFloat32> penalty) {
      return new Terms(null, penalty);
    }
  }
}
