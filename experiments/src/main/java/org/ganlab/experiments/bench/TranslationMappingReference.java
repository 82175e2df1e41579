package org.ganlab.experiments.bench;

import java.util.Map;
import java.util.function.Supplier;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.metrics.eval.TranslationBaselines;

/**
 * A row of a fixed, untrained mapping G (with F = G^-1) scored on the translation suite's held-out
 * images by the code that scores the runs ({@link TranslationBaselines}): the bar a trained
 * translator must clear. Two are useful: the identity (copying the input), and inversion alone (T
 * without its horizontal flip), the shortcut a translator that never learns the flip takes.
 * Deterministic: every seed gives the same values.
 */
public final class TranslationMappingReference implements ReferenceRow {
  private final String label;
  private final String description;
  private final Supplier<Map<String, Number>> scores;

  private TranslationMappingReference(
      String label, String description, Supplier<Map<String, Number>> scores) {
    this.label = label;
    this.description = description;
    this.scores = scores;
  }

  /** G(a) = a: the translation error a translator must stay well below. */
  public static TranslationMappingReference identity(
      String label, Supplier<ImageDataset> heldOut, int samples) {
    return new TranslationMappingReference(
        label,
        "G(a) = a on the first " + samples + " test images",
        () -> TranslationBaselines.scoreIdentity(heldOut, samples));
  }

  /** G(a) = -a: T's inversion without its flip (in [-1, 1] pixels, inversion is negation). */
  public static TranslationMappingReference invertOnly(
      String label, Supplier<ImageDataset> heldOut, int samples) {
    return new TranslationMappingReference(
        label,
        "G(a) = -a (inversion without the flip) on" + " the first " + samples + " test images",
        () -> TranslationBaselines.scoreInversionOnly(heldOut, samples));
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Map<String, Number> compute(long seed, BenchLayout bench) {
    return scores.get();
  }
}
