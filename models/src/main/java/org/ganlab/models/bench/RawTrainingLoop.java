package org.ganlab.models.bench;

import java.util.List;

/**
 * A GAN training loop written as plain TensorFlow Java, the baseline a framework step is timed
 * against: what a user would write by hand for the same network and recipe.
 */
public interface RawTrainingLoop extends AutoCloseable {
  /** {@return the number of trainable scalars of G and D together} */
  long trainableParameters();

  /** {@return the real batches one step consumes: one per discriminator update} */
  int realBatchesPerStep();

  /**
   * One training step: a discriminator update on each real batch, then a generator update.
   *
   * @param realBatches {@link #realBatchesPerStep()} batches of {@code batchSize * 28 * 28} pixels
   *     in [-1, 1], NHWC
   * @return the last discriminator loss and the generator loss
   */
  float[] step(List<float[]> realBatches);

  @Override
  void close();
}
