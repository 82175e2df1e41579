package org.ganlab.core.nn;

/**
 * How a layer with train/inference behaviour (batch norm, dropout) is applied.
 *
 * <p>A GAN applies the discriminator twice per step (real and generated data); only one of those
 * applications may update batch-norm moving statistics, otherwise two assignments to the same
 * variable race and runs stop being reproducible.
 */
public enum Mode {
  /** Batch statistics; moving statistics are updated (registered on the network). */
  TRAINING,
  /** Batch statistics; moving statistics left alone. */
  TRAINING_WITHOUT_UPDATES,
  /** Moving statistics; dropout off. */
  INFERENCE;

  /** {@return whether batch statistics (rather than moving ones) are used} */
  public boolean usesBatchStatistics() {
    return this != INFERENCE;
  }
}
