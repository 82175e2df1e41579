package org.ganlab.metrics.eval;

import java.util.Arrays;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.UnpairedTranslation;

/**
 * The {@code translation_error} of untrained mappings on the images {@link TranslationEvaluator}
 * uses (the first {@code samples} of a held-out set), computed without a classifier: the reference
 * rows of benchmark tables.
 */
public final class TranslationBaselines {
  private TranslationBaselines() {}

  /**
   * The {@code translation_error} of the identity mapping G(a) = a: mean |a - T(a)| in [-1, 1]
   * pixel units. The black background becomes white under T, so copying the input is wrong by 2 on
   * most pixels.
   */
  public static double identityError(ImageDataset heldOut, int samples) {
    float[][] at = imagesAndTruth(heldOut, samples);
    return TranslationEvaluator.error(at[0], at[1], at[1].length / Math.min(samples, heldOut.n()));
  }

  /**
   * The {@code translation_error} of the constant mapping G(a) = {@code value} everywhere. With
   * {@code value = 1} (domain B's white background, the best constant for most pixels), a
   * translator must beat it to have learned more than the background.
   */
  public static double constantError(ImageDataset heldOut, int samples, float value) {
    float[][] at = imagesAndTruth(heldOut, samples);
    float[] constant = new float[at[1].length];
    Arrays.fill(constant, value);
    return TranslationEvaluator.error(
        constant, at[1], at[1].length / Math.min(samples, heldOut.n()));
  }

  /** The first {@code samples} images of {@code data} and T of them. */
  private static float[][] imagesAndTruth(ImageDataset data, int samples) {
    int[] shape = data.shape();
    int n = Math.min(samples, data.n());
    float[] a = TranslationEvaluator.firstImages(data, n);
    return new float[][] {
      a, UnpairedTranslation.transform(a, new int[] {n, shape[0], shape[1], shape[2]})
    };
  }
}
