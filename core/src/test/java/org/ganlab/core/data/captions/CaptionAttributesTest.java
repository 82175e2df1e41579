package org.ganlab.core.data.captions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionAttributesTest {
  @Test
  void captionsNameSizeBrightnessAndClass() {
    assertThat(new CaptionAttributes(2, Brightness.LIGHT, GarmentSize.LARGE).caption())
        .isEqualTo("a large light pullover");
    assertThat(new CaptionAttributes(9, Brightness.DARK, GarmentSize.SMALL).caption())
        .isEqualTo("a small dark ankle boot");
    assertThat(new CaptionAttributes(0, Brightness.DARK, GarmentSize.LARGE).caption())
        .isEqualTo("a large dark t-shirt");
  }

  @Test
  void idsNumberTheFortyCombinations() {
    CaptionAttributes a = new CaptionAttributes(7, Brightness.LIGHT, GarmentSize.SMALL);
    assertThat(a.id()).isEqualTo(7 * 4 + 2);
    assertThat(CaptionAttributes.ofId(30)).isEqualTo(a);
    assertThat(CaptionAttributes.all()).hasSize(40);
    for (int id = 0; id < 40; id++) {
      assertThat(CaptionAttributes.ofId(id).id()).isEqualTo(id);
      // Every caption is in the vocabulary.
      assertThat(Vocabulary.decode(Vocabulary.encode(CaptionAttributes.ofId(id).caption())))
          .isEqualTo(CaptionAttributes.ofId(id).caption());
    }
  }

  @Test
  void partialCaptionsKeepTheNounAndReadDifferentlyOnlyInWhatTheyName() {
    CaptionAttributes boot = new CaptionAttributes(9, Brightness.DARK, GarmentSize.SMALL);
    assertThat(boot.caption(false, true)).isEqualTo("a dark ankle boot");
    assertThat(boot.caption(true, false)).isEqualTo("a small ankle boot");
    assertThat(boot.caption(false, false)).isEqualTo("a ankle boot");
    CaptionAttributes largeBoot = new CaptionAttributes(9, Brightness.DARK, GarmentSize.LARGE);
    assertThat(boot.readsDifferently(largeBoot, true, true)).isTrue();
    assertThat(boot.readsDifferently(largeBoot, false, true)).isFalse();
    assertThat(
            boot.readsDifferently(
                new CaptionAttributes(7, Brightness.DARK, GarmentSize.SMALL), false, false))
        .isTrue();
  }
}
