package org.ganlab.experiments.bench;

import java.util.Arrays;
import java.util.function.Supplier;
import org.ganlab.core.data.ColourMap;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.SobelEdges;
import org.ganlab.metrics.eval.ImageMapping;
import org.ganlab.metrics.eval.TranslationBaselines;
import org.ganlab.metrics.eval.TranslationPair;
import org.ganlab.metrics.eval.TranslationTruth;

/**
 * Rows of fixed, untrained mappings G and F scored on the translation suite's held-out images by
 * the code that scores the runs ({@link TranslationBaselines}): the bar a trained translator must
 * clear. Per task the identity (copying the input; for grayscale and colour, repeating the gray
 * value and averaging the channels); for the invert-and-mirror task also inversion alone (T without
 * its horizontal flip), the shortcut a translator that never learns the flip takes; for the colour
 * task also the true map and its inverse, the ceiling. Each is a {@link FixedMappingRow}: every
 * seed gives the same values.
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
        "G(a) = -a (inversion without the flip) on the first " + samples + " test images",
        () -> TranslationBaselines.scoreInversionOnly(heldOut, samples));
  }

  /** G = F = the identity on the garments-and-edge-maps task. */
  public static ReferenceRow edgesIdentity(
      String label, Supplier<ImageDataset> heldOut, int samples) {
    ImageMapping copy = (images, n) -> images.clone();
    return new FixedMappingRow(
        label,
        "G(a) = a, F(b) = b on the first " + samples + " test images and their edge maps",
        () ->
            TranslationBaselines.score(
                heldOut,
                TranslationTruth.garmentInDomainA(SobelEdges.standard()),
                samples,
                new TranslationPair(copy, copy)));
  }

  /**
   * G and F output blank images (every pixel -1, the background): what an edge-map error near
   * {@link #edgesIdentity}'s half means, since edge maps are mostly background.
   */
  public static ReferenceRow edgesBlank(String label, Supplier<ImageDataset> heldOut, int samples) {
    ImageMapping blank =
        (images, n) -> {
          float[] out = new float[images.length];
          Arrays.fill(out, -1f);
          return out;
        };
    return new FixedMappingRow(
        label,
        "G(a) = F(b) = a blank image (all -1) on the first "
            + samples
            + " test images and their edge maps",
        () ->
            TranslationBaselines.score(
                heldOut,
                TranslationTruth.garmentInDomainA(SobelEdges.standard()),
                samples,
                new TranslationPair(blank, blank)));
  }

  /** G repeats the gray value in three channels, F averages them: the colour task's identity. */
  public static ReferenceRow colourIdentity(
      String label, Supplier<ImageDataset> heldOut, int samples) {
    return new FixedMappingRow(
        label,
        "G(a) = gray in all three channels, F(b) = mean of the channels, on the first "
            + samples
            + " test images and their colour maps",
        () ->
            TranslationBaselines.score(
                heldOut,
                TranslationTruth.garmentInDomainA(new ColourMap()),
                samples,
                new TranslationPair(
                    TranslationBaselines.repeatChannels(3), TranslationBaselines.channelMean(3))));
  }

  /** G = the colour map, F = its inverse: the colour task's ceiling (errors 0 up to rounding). */
  public static ReferenceRow colourTruth(
      String label, Supplier<ImageDataset> heldOut, int samples) {
    ColourMap map = new ColourMap();
    return new FixedMappingRow(
        label,
        "G = the colour map, F = its inverse, on the first " + samples + " test images",
        () ->
            TranslationBaselines.score(
                heldOut,
                TranslationTruth.garmentInDomainA(map),
                samples,
                new TranslationPair(
                    (images, n) -> map.apply(images, new int[] {n, 28, 28, 1}),
                    (images, n) -> map.inverse().apply(images, new int[] {n, 28, 28, 3}))));
  }
}
