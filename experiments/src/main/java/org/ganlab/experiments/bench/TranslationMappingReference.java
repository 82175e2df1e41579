package org.ganlab.experiments.bench;

import java.util.function.Supplier;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.metrics.eval.TranslationBaselines;

/**
 * Rows of fixed, untrained mappings G (with F = G^-1) scored on the translation suite's held-out
 * images by the code that scores the runs ({@link TranslationBaselines}): the bar a trained
 * translator must clear. Two are useful: the identity (copying the input), and inversion alone (T
 * without its horizontal flip), the shortcut a translator that never learns the flip takes. Each is
 * a {@link FixedMappingRow}: every seed gives the same values.
 */
public final class TranslationMappingReference {
  private TranslationMappingReference() {}

  /** G(a) = a: the translation error a translator must stay well below. */
  public static ReferenceRow identity(String label, Supplier<ImageDataset> heldOut, int samples) {
    return new FixedMappingRow(
        label,
        "G(a) = a on the first " + samples + " test images",
        () -> TranslationBaselines.scoreIdentity(heldOut, samples));
  }

  /** G(a) = -a: T's inversion without its flip (in [-1, 1] pixels, inversion is negation). */
  public static ReferenceRow invertOnly(String label, Supplier<ImageDataset> heldOut, int samples) {
    return new FixedMappingRow(
        label,
        "G(a) = -a (inversion without the flip) on" + " the first " + samples + " test images",
        () -> TranslationBaselines.scoreInversionOnly(heldOut, samples));
  }
}
