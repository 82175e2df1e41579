package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.core.data.ColourMap;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.InvertAndMirror;
import org.ganlab.core.data.SobelEdges;
import org.junit.jupiter.api.Test;

/** The translation pipeline with fixed mappings whose scores are known. */
class TranslationEvaluatorTest {
  private final ImageDataset test = FashionMnist.embedded().test();

  /** G = F = T, the true transform (an involution), applied to {@code n} images. */
  private static ImageMapping truth() {
    return (images, n) -> new InvertAndMirror().apply(images, new int[] {n, 28, 28, 1});
  }

  @Test
  void theTrueTransformIsPerfectInChunks() {
    List<Integer> counts = new ArrayList<>();
    ImageMapping counted =
        (images, n) -> {
          counts.add(n);
          return truth().apply(images, n);
        };
    Map<String, Number> m;
    try (TranslationEvaluator e = new TranslationEvaluator(test, 700)) {
      assertThat(e.metrics())
          .containsExactly(
              "translation_error",
              "label_preservation",
              "cycle_error",
              "translation_error_ba",
              "fid_ba");
      assertThat(e.primaryMetric()).isEqualTo("translation_error");
      assertThat(e.higherIsBetter()).isFalse();
      m = e.evaluate(new TranslationPair(counted, truth()));
    }
    assertThat(counts).containsExactly(500, 200);
    assertThat(m)
        .containsEntry("translation_error", 0.0)
        .containsEntry("label_preservation", 1.0)
        .containsEntry("cycle_error", 0.0)
        .containsEntry("translation_error_ba", 0.0);
    // F(T(a)) is a itself: the same features, so no distance beyond the matrix square root's
    // rounding.
    assertThat(m.get("fid_ba").doubleValue()).isCloseTo(0.0, within(1e-6));
  }

  @Test
  void theIdentityScoresItsBaselineAndCyclesExactly() {
    ImageMapping identity = (images, n) -> images.clone();
    try (TranslationEvaluator e = new TranslationEvaluator(() -> test, 300)) {
      Map<String, Number> m = e.evaluate(new TranslationPair(identity, identity));
      assertThat(m.get("translation_error").doubleValue())
          .isEqualTo(TranslationBaselines.identityError(test, 300))
          .isCloseTo(1.42, within(0.05));
      assertThat(m.get("cycle_error").doubleValue()).isEqualTo(0.0);
      assertThat(m.get("label_preservation").doubleValue()).isLessThan(0.5);
      // F = identity on T(a) is wrong by the same amount the other way round.
      assertThat(m.get("translation_error_ba").doubleValue())
          .isEqualTo(m.get("translation_error").doubleValue());
      // Inverted mirror images do not look like garments to the classifier.
      assertThat(m.get("fid_ba").doubleValue()).isGreaterThan(50.0);
    }
  }

  @Test
  void theTrueColourMapAndItsInverseArePerfect() {
    ColourMap map = new ColourMap();
    TranslationPair perfect =
        new TranslationPair(
            (images, n) -> map.apply(images, new int[] {n, 28, 28, 1}),
            (images, n) -> map.inverse().apply(images, new int[] {n, 28, 28, 3}));
    try (TranslationEvaluator e =
        new TranslationEvaluator(() -> test, TranslationTruth.garmentInDomainA(map), 300)) {
      Map<String, Number> m = e.evaluate(perfect);
      assertThat(m.get("translation_error").doubleValue()).isEqualTo(0.0);
      // The inverse is exact up to float rounding.
      assertThat(m.get("translation_error_ba").doubleValue()).isLessThan(1e-6);
      assertThat(m.get("cycle_error").doubleValue()).isLessThan(1e-6);
      assertThat(m.get("label_preservation").doubleValue()).isEqualTo(1.0);
    }
  }

  @Test
  void theColourIdentityReferenceIsWrongOnTheBackground() {
    // G repeats the gray value, F averages the channels. On the black background (-1) the map
    // gives (-0.4, -1, -0.2): G is wrong by (0.6 + 0 + 0.8) / 3 and F by |-1.6 / 3 + 1| = 7 / 15,
    // so both errors are near those values (most pixels are background).
    TranslationPair identity =
        new TranslationPair(
            TranslationBaselines.repeatChannels(3), TranslationBaselines.channelMean(3));
    Map<String, Number> m =
        TranslationBaselines.score(
            () -> test, TranslationTruth.garmentInDomainA(new ColourMap()), 300, identity);
    assertThat(m.get("translation_error").doubleValue()).isBetween(0.3, 1.4 / 3);
    assertThat(m.get("translation_error_ba").doubleValue()).isBetween(0.2, 7 / 15.0);
    // F(G(a)) = a exactly: the mean of three equal values.
    assertThat(m.get("cycle_error").doubleValue()).isEqualTo(0.0);
  }

  @Test
  void edgesToGarmentsReadsTheLabelFromTheBackwardTranslation() {
    SobelEdges sobel = SobelEdges.standard();
    ImageMapping edges = (images, n) -> sobel.apply(images, new int[] {n, 28, 28, 1});
    ImageMapping identity = (images, n) -> images.clone();
    TranslationTruth truth = TranslationTruth.garmentInDomainA(sobel);
    // G exact; F a copy of the edge map: the classifier mostly cannot read edge maps.
    Map<String, Number> m =
        TranslationBaselines.score(() -> test, truth, 300, new TranslationPair(edges, identity));
    assertThat(m.get("translation_error").doubleValue()).isEqualTo(0.0);
    assertThat(m.get("translation_error_ba").doubleValue()).isGreaterThan(0.3);
    // A perfect F (an oracle that knows the held-out image behind each edge map) scores 1.
    float[] originals = TranslationEvaluator.firstImages(test, 300);
    ImageMapping oracle = (images, n) -> java.util.Arrays.copyOf(originals, n * 28 * 28);
    Map<String, Number> o =
        TranslationBaselines.score(() -> test, truth, 300, new TranslationPair(edges, oracle));
    assertThat(o.get("translation_error_ba").doubleValue()).isEqualTo(0.0);
    assertThat(o.get("label_preservation").doubleValue()).isEqualTo(1.0);
    assertThat(o.get("fid_ba").doubleValue()).isCloseTo(0.0, within(1e-6));
    // Edge maps taken for garments are far from them as a set.
    assertThat(m.get("fid_ba").doubleValue()).isGreaterThan(o.get("fid_ba").doubleValue() + 50);
  }
}
