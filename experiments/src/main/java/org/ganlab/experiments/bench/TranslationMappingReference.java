package org.ganlab.experiments.bench;

import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.metrics.eval.ImageMapping;
import org.ganlab.metrics.eval.TranslationEvaluator;
import org.ganlab.metrics.eval.TranslationPair;

/**
 * A fixed, untrained mapping G (with F = G^-1) scored on the translation suite's held-out images by
 * {@link TranslationEvaluator}, the code that scores the runs: the bar a trained translator must
 * clear. Two are useful: the identity (copying the input), and inversion alone (T without its
 * horizontal flip), the shortcut a translator that never learns the flip takes. Deterministic:
 * every seed gives the same values.
 */
public final class TranslationMappingReference implements ReferenceRow {
  private final String label;
  private final String description;
  private final UnaryOperator<float[]> mapping;
  private final Supplier<ImageDataset> heldOut;
  private final int samples;

  private TranslationMappingReference(
      String label,
      String description,
      UnaryOperator<float[]> mapping,
      Supplier<ImageDataset> heldOut,
      int samples) {
    this.label = label;
    this.description = description;
    this.mapping = mapping;
    this.heldOut = heldOut;
    this.samples = samples;
  }

  /** G(a) = a: the translation error a translator must stay well below. */
  public static TranslationMappingReference identity(
      String label, Supplier<ImageDataset> heldOut, int samples) {
    return new TranslationMappingReference(
        label,
        "G(a) = a on the first " + samples + " test images",
        UnaryOperator.identity(),
        heldOut,
        samples);
  }

  /** G(a) = -a: T's inversion without its flip (in [-1, 1] pixels, inversion is negation). */
  public static TranslationMappingReference invertOnly(
      String label, Supplier<ImageDataset> heldOut, int samples) {
    return new TranslationMappingReference(
        label,
        "G(a) = -a (inversion without the flip) on" + " the first " + samples + " test images",
        a -> {
          float[] out = new float[a.length];
          for (int i = 0; i < a.length; i++) {
            out[i] = -a[i];
          }
          return out;
        },
        heldOut,
        samples);
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
  public Map<String, Number> compute(long seed) {
    ImageMapping g = (images, n) -> mapping.apply(images);
    // Both mappings are involutions, so F = G^-1 = G.
    try (TranslationEvaluator evaluator = new TranslationEvaluator(heldOut, samples)) {
      return evaluator.evaluate(new TranslationPair(g, g));
    }
  }
}
