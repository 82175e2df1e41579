package org.ganlab.metrics.eval;

import java.util.Objects;
import org.ganlab.core.data.ImageTransform;

/**
 * What {@link TranslationEvaluator} knows of an unpaired task: the true mapping T from domain A
 * (grayscale garments) to domain B, and where a garment the Fashion-MNIST classifier can read is
 * found for {@code label_preservation}.
 *
 * <p>Two readouts exist. Where domain B is a garment the classifier cannot read but T has an exact
 * inverse ({@link #involution}, ganlab's invert-and-mirror task), the label is read from
 * T^-1(G(a)). Where domain A is the garment and B something else (edge maps, colour images; {@link
 * #garmentInDomainA}), the label is read from the translator's own output F(T(a)), a grayscale
 * garment made from B.
 *
 * @param aToB T, from domain A to domain B
 * @param inverse T^-1, which maps G(a) back to a garment for the label; null where the label is
 *     read from F(T(a)) instead
 */
public record TranslationTruth(ImageTransform aToB, ImageTransform inverse) {
  /**
   * Checks that T is present.
   *
   * @param aToB T, from domain A to domain B
   * @param inverse T^-1, or null where the label is read from F(T(a))
   */
  public TranslationTruth {
    Objects.requireNonNull(aToB, "aToB");
  }

  /**
   * {@return the truth of an involution T (T^-1 = T): labels of T(G(a))}
   *
   * @param t T, its own inverse
   */
  public static TranslationTruth involution(ImageTransform t) {
    return new TranslationTruth(t, t);
  }

  /**
   * {@return the truth of a task whose domain A holds the garments: labels of F(T(a))}
   *
   * @param t T, from the garments to domain B
   */
  public static TranslationTruth garmentInDomainA(ImageTransform t) {
    return new TranslationTruth(t, null);
  }
}
