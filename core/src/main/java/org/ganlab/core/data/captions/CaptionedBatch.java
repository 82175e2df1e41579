package org.ganlab.core.data.captions;

import java.util.Objects;
import org.ganlab.core.data.Batch;

/**
 * One step's data for text-to-image training: images with their classes, each image's caption as
 * token ids, and for each image a mismatched caption (a different caption of the training set), the
 * third pair type of a matching-aware discriminator (Reed et al. 2016, GAN-CLS).
 *
 * @param images the images, [b, 28, 28, 1] in [-1, 1], labelled with their classes
 * @param tokens [b, {@link Vocabulary#MAX_TOKENS}] row-major token ids of each image's caption
 * @param mismatchedTokens [b, {@link Vocabulary#MAX_TOKENS}] token ids of a caption that differs
 *     from each image's own
 * @param combinations the {@link CaptionAttributes#id()} of each image's caption
 */
public record CaptionedBatch(
    Batch images, int[] tokens, int[] mismatchedTokens, int[] combinations) {
  /**
   * Checks that every array holds one row per image.
   *
   * @param images the images, labelled with their classes
   * @param tokens the token ids of each image's caption
   * @param mismatchedTokens the token ids of a different caption for each image
   * @param combinations the combination of each image's caption
   */
  public CaptionedBatch {
    Objects.requireNonNull(images, "images");
    int b = images.size();
    if (tokens.length != b * Vocabulary.MAX_TOKENS
        || mismatchedTokens.length != b * Vocabulary.MAX_TOKENS
        || combinations.length != b) {
      throw new IllegalArgumentException(
          "a batch of " + b + " images needs " + b + " captions of each kind");
    }
  }
}
