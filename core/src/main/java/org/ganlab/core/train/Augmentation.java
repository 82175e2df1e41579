package org.ganlab.core.train;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.family.TFloating;

/**
 * A random, differentiable transformation of every batch the discriminator sees, real and
 * generated, in both networks' updates: the hook of data-efficient GAN training such as DiffAugment
 * (Zhao et al. 2020, "Differentiable Augmentation for Data-Efficient GAN Training"; implemented in
 * the models module) and ADA (Karras et al. 2020). Because the generated batch is augmented inside
 * the graph, G's gradient flows through the transformation, and D never sees an unaugmented image,
 * so it cannot memorize a small training set.
 *
 * <p>{@link GanModel#build(Ops, GanArchitecture, org.ganlab.core.seed.Seeds, int, Augmentation)}
 * applies it to the real batch with the random stream {@value GanModel#AUGMENT_REAL_STREAM} and to
 * the generated batch with {@value GanModel#AUGMENT_GENERATED_STREAM}; the trainer feeds those
 * streams per update like every other, so the augmentation of an update is a pure function of the
 * root seed and the update index, and a resumed run sees the same augmentations.
 *
 * <p>{@link #NONE} (and any augmentation whose {@link #enabled()} is false) adds nothing to the
 * graph, so a run without augmentation is the same graph as before the hook existed.
 */
public interface Augmentation {
  /** No augmentation: D sees the data as it is. */
  Augmentation NONE =
      new Augmentation() {
        @Override
        public <T extends TFloating> Operand<T> apply(
            Ops tf, Operand<T> data, Operand<TInt64> seed) {
          return data;
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
   * {@return the augmented batch}
   *
   * @param <T> the float type of the batch
   * @param tf the ops the augmentation is built with
   * @param data [b, ...] a batch, e.g. NHWC images
   * @param seed a [2] int64 seed; the same seed gives the same augmentation
   */
  <T extends TFloating> Operand<T> apply(Ops tf, Operand<T> data, Operand<TInt64> seed);

  /** {@return whether this changes anything; when false the model is built without it} */
  default boolean enabled() {
    return true;
  }
}
