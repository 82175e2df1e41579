package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.junit.jupiter.api.Test;

/** The reference values of {@code translation_error} that benchmark tables show. */
class TranslationBaselinesTest {
  @Test
  void identityAndConstantMappingsOnTheTestSet() {
    ImageDataset test = FashionMnist.embedded().test();
    // Computed with NumPy from the same IDX file (float32 pixels b / 127.5 - 1, float64 mean).
    assertThat(TranslationBaselines.identityError(test, 2000))
        .isCloseTo(1.4243825738522775, within(1e-9));
    assertThat(TranslationBaselines.identityError(test, 100_000))
        .isCloseTo(1.4202174895503084, within(1e-9));
    assertThat(TranslationBaselines.constantError(test, 2000, 1f))
        .isCloseTo(0.5740460324463795, within(1e-9));
  }

  @Test
  void everyValueOfTheIdentityMapping() {
    ImageDataset test = FashionMnist.embedded().test();
    Map<String, Number> m = TranslationBaselines.scoreIdentity(() -> test, 2000);
    // NumPy: mean |a - T(a)| over the first 2000 test images, float32 pixels b / 127.5 - 1.
    assertThat(m.get("translation_error").doubleValue())
        .isCloseTo(1.4243825738353237, within(1e-9));
    assertThat(m.get("cycle_error").doubleValue()).isEqualTo(0.0);
    // T(a) is an inverted, flipped garment: the classifier reads few of them as a's class.
    assertThat(m.get("label_preservation").doubleValue()).isLessThan(0.5);
  }

  @Test
  void everyValueOfInversionWithoutTheFlip() {
    ImageDataset test = FashionMnist.embedded().test();
    Map<String, Number> m = TranslationBaselines.scoreInversionOnly(() -> test, 2000);
    // NumPy: mean |flip(a) - a|, all T's error is left to the missing flip.
    assertThat(m.get("translation_error").doubleValue())
        .isCloseTo(0.23027856398959246, within(1e-9));
    assertThat(m.get("cycle_error").doubleValue()).isEqualTo(0.0);
    // T^-1(G(a)) is flip(a): symmetric garments keep their label, shoes (facing left in
    // Fashion-MNIST) mostly do not, so label preservation is high but well short of 1.
    assertThat(m.get("label_preservation").doubleValue()).isBetween(0.5, 0.95);
    assertThat(m).isEqualTo(TranslationBaselines.scoreInversionOnly(() -> test, 2000));
  }

  @Test
  void handMadeImages() {
    // One 1x2 image: bytes (0, 255) -> pixels (-1, 1); T flips to (1, -1) and negates: (-1, 1).
    // So the identity is exact; a second image (0, 0) -> (-1, -1), T -> (1, 1), error 2.
    ImageDataset d =
        ImageDataset.ofPixels("hand", 2, 1, 2, 1, new byte[] {0, (byte) 255, 0, 0}, null, 0);
    assertThat(TranslationBaselines.identityError(d, 1)).isEqualTo(0.0);
    assertThat(TranslationBaselines.identityError(d, 2)).isEqualTo(1.0);
    // Constant 0 against T = (-1, 1) and (1, 1): mean |.| = 1.
    assertThat(TranslationBaselines.constantError(d, 2, 0f)).isEqualTo(1.0);
  }
}
