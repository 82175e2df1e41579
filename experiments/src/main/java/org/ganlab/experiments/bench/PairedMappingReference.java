package org.ganlab.experiments.bench;

import java.util.function.Supplier;
import org.ganlab.core.data.AreaDownsampling;
import org.ganlab.core.data.BicubicUpsampling;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.metrics.eval.PairedTranslationBaselines;

/**
 * Rows of fixed, untrained mappings from inputs to outputs scored on a paired task's held-out pairs
 * by the code that scores the runs ({@link PairedTranslationBaselines}, {@link
 * org.ganlab.metrics.eval.PairedTranslationEvaluator}): for super-resolution, bicubic upsampling of
 * the area-averaged test images, the classical answer a network must beat. Deterministic: every
 * seed gives the same values ({@link FixedMappingRow}).
 */
public final class PairedMappingReference {
  private PairedMappingReference() {}

  /**
   * Bicubic upsampling ({@link BicubicUpsampling}, Keys a = -0.5) of the first {@code samples}
   * held-out images downsampled by area averaging ({@link AreaDownsampling}) by {@code factor}.
   */
  public static ReferenceRow bicubic(
      String label, Supplier<ImageDataset> heldOut, int factor, int samples) {
    BicubicUpsampling up = new BicubicUpsampling(factor);
    int side = 28 / factor;
    return new FixedMappingRow(
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
}
