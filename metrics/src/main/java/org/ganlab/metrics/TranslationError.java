package org.ganlab.metrics;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Translation error of an unpaired image-to-image model on data built with a known transform {@code
 * T}: how far the translation {@code G(x)} is from the true {@code T(x)}, per pixel.
 *
 * <ul>
 *   <li>mean absolute error = mean over all samples and pixels of {@code |G(x) - T(x)|} (the
 *       headline number: the L1 distance CycleGAN-style models are trained with);
 *   <li>mean squared error = mean of {@code (G(x) - T(x))^2}.
 * </ul>
 *
 * <p>Both are in the units of the pixel values given (so, for images scaled to [-1, 1], the MAE is
 * at most 2); rows are samples, columns pixels (any flattening, as long as both inputs use the
 * same). The same class measures cycle reconstruction error when given {@code F(G(x))} and {@code
 * x}.
 *
 * <p>Stateless and thread-safe.
 */
public final class TranslationError {

  /**
   * Per-pixel errors.
   *
   * @param meanAbsoluteError mean |difference| over samples and pixels
   * @param meanSquaredError mean squared difference over samples and pixels
   */
  public record Result(double meanAbsoluteError, double meanSquaredError) {}

  /** Creates the metric (it has no settings). */
  public TranslationError() {}

  /**
   * {@return error of {@code translated} against {@code expected} (same shape, rows = samples)}
   *
   * @param translated the translated images, one row of pixels each
   * @param expected the true translations, of the same shape
   */
  public Result compute(FeatureMatrix translated, FeatureMatrix expected) {
    checkArgument(
        translated.rows() == expected.rows() && translated.cols() == expected.cols(),
        "shapes differ: %s vs %s",
        translated,
        expected);
    double abs = 0;
    double sq = 0;
    for (int i = 0; i < translated.rows(); i++) {
      // Sum per row first, then across rows: keeps the rounding error of millions of terms small.
      double rowAbs = 0;
      double rowSq = 0;
      for (int j = 0; j < translated.cols(); j++) {
        double t = translated.get(i, j) - expected.get(i, j);
        rowAbs += Math.abs(t);
        rowSq += t * t;
      }
      abs += rowAbs;
      sq += rowSq;
    }
    double count = (double) translated.rows() * translated.cols();
    return new Result(abs / count, sq / count);
  }

  /**
   * {@return error of {@code translated} against {@code expected}, {@code [n][pixels]} each}
   *
   * @param translated the translated images, {@code [n][pixels]}
   * @param expected the true translations, {@code [n][pixels]}
   */
  public Result compute(double[][] translated, double[][] expected) {
    return compute(FeatureMatrix.of(translated), FeatureMatrix.of(expected));
  }
}
