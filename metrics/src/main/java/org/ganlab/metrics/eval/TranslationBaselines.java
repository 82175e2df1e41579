package org.ganlab.metrics.eval;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.InvertAndMirror;

/**
 * Untrained mappings scored on the images {@link TranslationEvaluator} uses (the first {@code
 * samples} of a held-out set): the reference rows of benchmark tables. The {@code *Error} methods
 * compute {@code translation_error} of the invert-and-mirror task alone, without a classifier; the
 * {@code score*} methods run the whole evaluator, the code that scores trained translators.
 */
public final class TranslationBaselines {
  private TranslationBaselines() {}

  /**
   * {@return the {@code translation_error} of the identity mapping G(a) = a: mean |a - T(a)| in
   * [-1, 1] pixel units} The black background becomes white under T, so copying the input is wrong
   * by 2 on most pixels.
   *
   * @param heldOut the held-out domain-A images
   * @param samples how many of them are scored
   */
  public static double identityError(ImageDataset heldOut, int samples) {
    float[][] at = imagesAndTruth(heldOut, samples);
    return TranslationEvaluator.error(at[0], at[1], at[1].length / Math.min(samples, heldOut.n()));
  }

  /**
   * {@return the {@code translation_error} of the constant mapping G(a) = {@code value} everywhere}
   * With {@code value = 1} (domain B's white background, the best constant for most pixels), a
   * translator must beat it to have learned more than the background.
   *
   * @param heldOut the held-out domain-A images
   * @param samples how many of them are scored
   * @param value the constant pixel value in [-1, 1]
   */
  public static double constantError(ImageDataset heldOut, int samples, float value) {
    float[][] at = imagesAndTruth(heldOut, samples);
    float[] constant = new float[at[1].length];
    Arrays.fill(constant, value);
    return TranslationEvaluator.error(
        constant, at[1], at[1].length / Math.min(samples, heldOut.n()));
  }

  /**
   * {@return every value of {@link TranslationEvaluator} for G = F = the identity: the translation
   * error a translator must stay well below}
   *
   * @param heldOut supplies the held-out domain-A images
   * @param samples how many of them are scored
   */
  public static Map<String, Number> scoreIdentity(Supplier<ImageDataset> heldOut, int samples) {
    return scoreInvolution((images, n) -> images, heldOut, samples);
  }

  /**
   * {@return every value of {@link TranslationEvaluator} for G = F = negation, T's inversion
   * without its flip (in [-1, 1] pixels inversion is negation): the shortcut of a translator that
   * never learns the flip}
   *
   * @param heldOut supplies the held-out domain-A images
   * @param samples how many of them are scored
   */
  public static Map<String, Number> scoreInversionOnly(
      Supplier<ImageDataset> heldOut, int samples) {
    return scoreInvolution(
        (images, n) -> {
          float[] out = new float[images.length];
          for (int i = 0; i < images.length; i++) {
            out[i] = -images[i];
          }
          return out;
        },
        heldOut,
        samples);
  }

  // An involution is its own inverse, so it serves as both G and F = G^-1.
  private static Map<String, Number> scoreInvolution(
      ImageMapping g, Supplier<ImageDataset> heldOut, int samples) {
    return score(
        heldOut,
        TranslationTruth.involution(new InvertAndMirror()),
        samples,
        new TranslationPair(g, g));
  }

  /**
   * {@return every value of {@link TranslationEvaluator} for the fixed mappings {@code pair} on the
   * task of {@code truth}}
   *
   * @param heldOut supplies the held-out domain-A images
   * @param truth the task's true mapping and label readout
   * @param samples how many of them are scored
   * @param pair G and F
   */
  public static Map<String, Number> score(
      Supplier<ImageDataset> heldOut, TranslationTruth truth, int samples, TranslationPair pair) {
    try (TranslationEvaluator evaluator = new TranslationEvaluator(heldOut, truth, samples)) {
      return evaluator.evaluate(pair);
    }
  }

  /**
   * {@return the mapping that repeats every value {@code copies} times: a grayscale image as a gray
   * colour image (the identity reference of grayscale to colour)}
   *
   * @param copies the channels of the output
   */
  public static ImageMapping repeatChannels(int copies) {
    return (images, n) -> {
      float[] out = new float[images.length * copies];
      for (int i = 0; i < images.length; i++) {
        for (int k = 0; k < copies; k++) {
          out[i * copies + k] = images[i];
        }
      }
      return out;
    };
  }

  /**
   * {@return the mapping to the mean of every pixel's {@code channels} values: a colour image as
   * grayscale (the identity reference of colour to grayscale)}
   *
   * @param channels the channels of the input
   */
  public static ImageMapping channelMean(int channels) {
    return (images, n) -> {
      float[] out = new float[images.length / channels];
      for (int i = 0; i < out.length; i++) {
        double sum = 0;
        for (int k = 0; k < channels; k++) {
          sum += images[i * channels + k];
        }
        out[i] = (float) (sum / channels);
      }
      return out;
    };
  }

  /** The first {@code samples} images of {@code data} and T of them. */
  private static float[][] imagesAndTruth(ImageDataset data, int samples) {
    int[] shape = data.shape();
    int n = Math.min(samples, data.n());
    float[] a = TranslationEvaluator.firstImages(data, n);
    return new float[][] {
      a, new InvertAndMirror().apply(a, new int[] {n, shape[0], shape[1], shape[2]})
    };
  }
}
