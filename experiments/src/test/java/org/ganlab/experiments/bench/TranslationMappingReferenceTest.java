package org.ganlab.experiments.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.junit.jupiter.api.Test;

/** The translation suite's fixed-mapping rows, against NumPy on the same test images. */
class TranslationMappingReferenceTest {
  private final ImageDataset test = FashionMnist.embedded().test();

  @Test
  void identityMapping() {
    Map<String, Number> m = TranslationMappingReference.identity("id", () -> test, 2000).compute(0);
    // NumPy: mean |a - T(a)| over the first 2000 test images, float32 pixels b / 127.5 - 1.
    assertThat(m.get("translation_error").doubleValue())
        .isCloseTo(1.4243825738353237, within(1e-9));
    assertThat(m.get("cycle_error").doubleValue()).isEqualTo(0.0);
    // T(a) is an inverted, flipped garment: the classifier reads few of them as a's class.
    assertThat(m.get("label_preservation").doubleValue()).isLessThan(0.5);
  }

  @Test
  void inversionWithoutTheFlip() {
    Map<String, Number> m =
        TranslationMappingReference.invertOnly("inv", () -> test, 2000).compute(0);
    // NumPy: mean |flip(a) - a|, all T's error is left to the missing flip.
    assertThat(m.get("translation_error").doubleValue())
        .isCloseTo(0.23027856398959246, within(1e-9));
    assertThat(m.get("cycle_error").doubleValue()).isEqualTo(0.0);
    // T^-1(G(a)) is flip(a): symmetric garments keep their label, shoes (facing left in
    // Fashion-MNIST) mostly do not, so label preservation is high but well short of 1.
    assertThat(m.get("label_preservation").doubleValue()).isBetween(0.5, 0.95);
    assertThat(m)
        .isEqualTo(TranslationMappingReference.invertOnly("inv", () -> test, 2000).compute(7));
  }
}
