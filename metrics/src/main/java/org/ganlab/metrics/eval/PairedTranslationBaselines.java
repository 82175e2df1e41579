package org.ganlab.metrics.eval;

import java.util.Map;
import java.util.function.Supplier;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.ImageTransform;

/**
 * Fixed mappings scored by {@link PairedTranslationEvaluator} on the pairs it uses (the first
 * {@code samples} of a held-out set): the reference rows of a paired translation table, by the code
 * that scores trained translators.
 */
public final class PairedTranslationBaselines {
  private PairedTranslationBaselines() {}

  /**
   * {@return every value of {@link PairedTranslationEvaluator} for the identity G(x) = x: the input
   * (e.g. the edge map) itself as the output, the floor a translator must beat}
   *
   * @param heldOut supplies the held-out images (the targets)
   * @param transform T, from a target to its input
   * @param samples how many pairs are scored
   */
  public static Map<String, Number> scoreIdentity(
      Supplier<ImageDataset> heldOut, ImageTransform transform, int samples) {
    return score(heldOut, transform, samples, (images, n) -> images.clone());
  }

  /**
   * {@return every value of {@link PairedTranslationEvaluator} for a fixed mapping of inputs to
   * outputs, such as bicubic upsampling for super-resolution ({@code (x, n) -> new
   * BicubicUpsampling(4).apply(x, new int[] {n, 7, 7, 1})})}
   *
   * @param heldOut supplies the held-out images (the targets)
   * @param transform T, from a target to its input
   * @param samples how many pairs are scored
   * @param mapping the fixed mapping, from inputs T(y) to outputs of the targets' shape
   */
  public static Map<String, Number> score(
      Supplier<ImageDataset> heldOut, ImageTransform transform, int samples, ImageMapping mapping) {
    try (PairedTranslationEvaluator e =
        new PairedTranslationEvaluator(heldOut, transform, samples)) {
      return e.evaluate(mapping);
    }
  }

  /**
   * {@return every value of {@link PairedTranslationEvaluator} for the perfect translator G(T(y)) =
   * y: l1 0, SSIM 1, PSNR {@link org.ganlab.metrics.ImageSimilarity#MAX_PSNR}, FID 0, and as label
   * preservation the classifier's own accuracy on those images, the ceiling of that column}
   *
   * @param heldOut supplies the held-out images (the targets)
   * @param transform T, from a target to its input
   * @param samples how many pairs are scored
   */
  public static Map<String, Number> scoreTruth(
      Supplier<ImageDataset> heldOut, ImageTransform transform, int samples) {
    try (PairedTranslationEvaluator e =
        new PairedTranslationEvaluator(heldOut, transform, samples)) {
      float[] truth = e.pairs().target().values();
      int[] calls = {0};
      // The evaluator translates in chunks, in order: hand back the matching true images.
      return e.evaluate(
          (images, n) -> {
            int size = images.length / n;
            float[] out = new float[images.length];
            System.arraycopy(truth, calls[0], out, 0, images.length);
            calls[0] += n * size;
            return out;
          });
    }
  }
}
