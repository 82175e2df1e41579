package org.ganlab.core.nn;

import org.tensorflow.Operand;
import org.tensorflow.types.family.TFloating;

/**
 * One differentiable transformation of a batch. Layers own their variables (created at
 * construction) and can be applied many times, sharing weights.
 *
 * <p>A layer holds only references to its variables, but applying it adds ops to a graph: build a
 * graph from one thread at a time.
 *
 * @param <T> the compute dtype
 */
@FunctionalInterface
public interface Layer<T extends TFloating> {
  /**
   * Applies the layer to a batch (the first dimension is the batch).
   *
   * @param x the input batch
   * @param mode training or inference, and whether training updates moving statistics
   * @return the output batch
   */
  Operand<T> apply(Operand<T> x, Mode mode);

  /**
   * {@return the layer that returns its input unchanged, with no variables and no ops: the place of
   * an optional layer that is off (no normalization, no dropout)}
   *
   * @param <T> the compute dtype
   */
  static <T extends TFloating> Layer<T> identity() {
    return (x, mode) -> x;
  }
}
