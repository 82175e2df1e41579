package org.ganlab.core.train;

import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * What a discriminator says about a batch.
 *
 * @param logits [b] real/fake scores before any sigmoid (critic values for Wasserstein losses)
 * @param classLogits [b, classes] auxiliary-classifier logits (AC-GAN), or null
 */
public record DiscriminatorOutput(Operand<TFloat32> logits, Operand<TFloat32> classLogits) {
  /**
   * {@return an output without a classifier head}
   *
   * @param logits D's raw scores
   */
  public static DiscriminatorOutput of(Operand<TFloat32> logits) {
    return new DiscriminatorOutput(logits, null);
  }
}
