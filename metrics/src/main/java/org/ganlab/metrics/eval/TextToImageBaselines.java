package org.ganlab.metrics.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.captions.CaptionRules;
import org.ganlab.core.data.captions.CaptionedDataSource;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Sampler;

/**
 * The reference rows of text-to-image tables, scored by the runs' own {@link TextToImageEvaluator}
 * (same captions, same reference images, same sample count):
 *
 * <ul>
 *   <li>{@link #realImages}: captioned Fashion-MNIST training images drawn for each requested
 *       caption, the ceiling of every column (attribute accuracy is 1 by construction, since the
 *       same rules captioned them);
 *   <li>{@link #classConditional}: a class-conditional generator asked for the garment each caption
 *       names, with the columns that apply to it ({@link #CLASS_COLUMNS}). It cannot be asked for a
 *       brightness or a size, and it trained on every combination, so the attribute and held-out
 *       columns do not apply.
 * </ul>
 */
public final class TextToImageBaselines {
  /** The columns a class-conditional generator is scored on. */
  public static final List<String> CLASS_COLUMNS = List.of("class_accuracy", "fid");

  private TextToImageBaselines() {}

  /**
   * {@return every column for real training images: for each caption the evaluator asks for, a
   * random training image with that caption (the seed chooses which)}
   *
   * @param fashion the training images to draw from and the test set to score against
   * @param seed the seed of the draw and of the evaluation
   * @param samples captions per split, as the runs' {@code eval_samples}
   * @param cacheDir the reference-feature cache, or null for none
   */
  public static Map<String, Number> realImages(
      FashionMnist fashion, long seed, int samples, Path cacheDir) {
    return score(new CaptionedImagesSampler(fashion.train()), fashion, seed, samples, cacheDir);
  }

  /**
   * {@return the {@link #CLASS_COLUMNS} of a class-conditional {@code sampler}, each caption asking
   * for the garment it names}
   *
   * @param sampler a generator of Fashion-MNIST images with 10 classes
   * @param fashion the reference images (its test set)
   * @param seed the evaluation seed
   * @param samples captions per split
   * @param cacheDir the reference-feature cache, or null for none
   * @throws IllegalArgumentException if the sampler does not have the 10 classes
   */
  public static Map<String, Number> classConditional(
      Sampler sampler, FashionMnist fashion, long seed, int samples, Path cacheDir) {
    if (sampler.numClasses() != FashionMnist.NUM_CLASSES) {
      throw new IllegalArgumentException(
          "a class-conditional reference needs a sampler of the "
              + FashionMnist.NUM_CLASSES
              + " Fashion-MNIST classes, got one of "
              + sampler.numClasses());
    }
    Map<String, Number> all = score(new ClassOfCaption(sampler), fashion, seed, samples, cacheDir);
    Map<String, Number> m = new LinkedHashMap<>();
    CLASS_COLUMNS.forEach(c -> m.put(c, all.get(c)));
    return m;
  }

  /** Every column of {@link TextToImageEvaluator} for a sampler of the 40 combinations. */
  static Map<String, Number> score(
      Sampler combinations, FashionMnist fashion, long seed, int samples, Path cacheDir) {
    try (TextToImageEvaluator evaluator =
        new TextToImageEvaluator(
            fashion::test,
            new Seeds(seed),
            samples,
            cacheDir,
            CaptionRules.FASHION_MNIST,
            CaptionedDataSource.HELD_OUT)) {
      return evaluator.evaluate(combinations);
    }
  }
}
