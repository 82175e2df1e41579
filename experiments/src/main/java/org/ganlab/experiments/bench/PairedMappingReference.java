package org.ganlab.experiments.bench;

import java.util.Map;
import java.util.function.Supplier;
import org.ganlab.core.data.AreaDownsampling;
import org.ganlab.core.data.BicubicUpsampling;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.metrics.eval.PairedTranslationBaselines;

/**
 * A row of a fixed, untrained mapping from inputs to outputs scored on a paired task's held-out
 * pairs by the code that scores the runs ({@link PairedTranslationBaselines}, {@link
 * org.ganlab.metrics.eval.PairedTranslationEvaluator}): for super-resolution, bicubic upsampling of
 * the area-averaged test images, the classical answer a network must beat. Deterministic: every
 * seed gives the same values.
 */
public final class PairedMappingReference implements ReferenceRow {
  private final String label;
  private final String description;
  private final Supplier<Map<String, Number>> scores;

  private PairedMappingReference(
      String label, String description, Supplier<Map<String, Number>> scores) {
    this.label = label;
    this.description = description;
    this.scores = scores;
  }

  /**
   * Bicubic upsampling ({@link BicubicUpsampling}, Keys a = -0.5) of the first {@code samples}
   * held-out images downsampled by area averaging ({@link AreaDownsampling}) by {@code factor}.
   */
  public static PairedMappingReference bicubic(
      String label, Supplier<ImageDataset> heldOut, int factor, int samples) {
    BicubicUpsampling up = new BicubicUpsampling(factor);
    int side = 28 / factor;
    return new PairedMappingReference(
        label,
        "bicubic upsampling (Keys a = -0.5) of the first "
            + samples
            + " test images area-averaged to "
            + side
            + "x"
            + side,
        () ->
            PairedTranslationBaselines.score(
                heldOut,
                new AreaDownsampling(factor),
                samples,
                (x, n) -> up.apply(x, new int[] {n, side, side, 1})));
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
