package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.UnpairedTranslation;
import org.junit.jupiter.api.Test;

/** The translation pipeline with fixed mappings whose scores are known. */
class TranslationEvaluatorTest {
  private final ImageDataset test = FashionMnist.embedded().test();

  /** G = F = T, the true transform (an involution), applied to {@code n} images. */
  private static ImageMapping truth() {
    return (images, n) -> UnpairedTranslation.transform(images, new int[] {n, 28, 28, 1});
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
          .containsExactly("translation_error", "label_preservation", "cycle_error");
      assertThat(e.primaryMetric()).isEqualTo("translation_error");
      assertThat(e.higherIsBetter()).isFalse();
      m = e.evaluate(new TranslationPair(counted, truth()));
    }
    assertThat(counts).containsExactly(500, 200);
    assertThat(m)
        .containsExactly(
            Map.entry("translation_error", 0.0),
            Map.entry("label_preservation", 1.0),
            Map.entry("cycle_error", 0.0));
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
    }
  }
}
