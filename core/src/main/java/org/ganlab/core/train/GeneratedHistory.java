package org.ganlab.core.train;

import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * A history of generated examples that the discriminator update sees in place of (some of) the
 * current ones: the hook of Shrivastava et al. 2017 ("Learning from Simulated and Unsupervised
 * Images through Adversarial Training", section 2.3), which CycleGAN uses with 50 images (Zhu et
 * al. 2017, section 4). The image pool that implements it is in the models module.
 *
 * <p>Its state must live in graph variables, so a checkpoint saves it and a resumed run continues
 * with the same history; its random choices must come from the given seed (a trainer random
 * stream), so they are a pure function of the root seed and the update index. {@link #NONE} (and
 * any history whose {@link #enabled()} is false) adds nothing to the graph.
 */
public interface GeneratedHistory {
  /** No history: the discriminator sees the current generated batch. */
  GeneratedHistory NONE =
      new GeneratedHistory() {
        @Override
        public Query build(Ops tf, Operand<TFloat32> generated, Operand<TInt64> seed) {
          return new Query(generated, tf.noOp());
        }

        @Override
        public boolean enabled() {
          return false;
        }

        @Override
        public String toString() {
          return "none";
        }
      };

  /**
   * Builds the history's state under {@code tf}'s scope and one query of it.
   *
   * @param tf the ops the history is built with
   * @param generated [b, ...] the current generated batch, static shape
   * @param seed a [2] int64 seed for the history's random choices
   * @return the batch D sees in place of {@code generated}, and the op that records {@code
   *     generated}
   */
  Query build(Ops tf, Operand<TFloat32> generated, Operand<TInt64> seed);

  /** {@return whether this changes anything; when false the family is built without it} */
  default boolean enabled() {
    return true;
  }

  /**
   * One query of a history.
   *
   * @param images [b, ...] what the discriminator update sees; carries no gradient to the generator
   * @param update records the current batch; run it with every discriminator update, in the same
   *     session run as {@code images}
   */
  record Query(Operand<TFloat32> images, Op update) {}
}
