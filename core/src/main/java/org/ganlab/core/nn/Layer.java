package org.ganlab.core.nn;

import org.tensorflow.Operand;
import org.tensorflow.types.family.TFloating;

/**
 * One differentiable transformation of a batch. Layers own their variables (created at
 * construction) and can be applied many times, sharing weights.
 *
 * @param <T> the compute dtype
 */
@FunctionalInterface
public interface Layer<T extends TFloating> {
  /** Applies the layer to a batch (the first dimension is the batch). */
  Operand<T> apply(Operand<T> x, Mode mode);
}
