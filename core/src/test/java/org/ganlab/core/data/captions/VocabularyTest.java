package org.ganlab.core.data.captions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VocabularyTest {
  @Test
  void encodesLowerCasedWordsByTheirFixedIdsThenPads() {
    // a = 1, dark = 3, sneaker = 14; ankle = 16, boot = 17; large = 6, light = 4.
    assertThat(Vocabulary.encode("a dark sneaker")).containsExactly(1, 3, 14, 0, 0, 0, 0, 0);
    assertThat(Vocabulary.encode("  A Large\tLIGHT  ankle boot "))
        .containsExactly(1, 6, 4, 16, 17, 0, 0, 0);
    assertThat(Vocabulary.SIZE).isEqualTo(18);
  }

  @Test
  void decodesIdsBackToTheCaption() {
    assertThat(Vocabulary.decode(new int[] {2, 16, 17, 0, 0})).isEqualTo("an ankle boot");
    assertThatThrownBy(() -> Vocabulary.decode(new int[] {18}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnknownWordIsNamedWithTheVocabulary() {
    assertThatThrownBy(() -> Vocabulary.encode("a dark sneakers"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown word 'sneakers'")
        .hasMessageContaining("[a, an, dark, light, small, large, t-shirt,");
  }

  @Test
  void emptyAndTooLongCaptionsAreRefused() {
    assertThatThrownBy(() -> Vocabulary.encode("  ")).hasMessageContaining("empty");
    assertThatThrownBy(() -> Vocabulary.encode("a a a a a a a a a"))
        .hasMessageContaining("9 words; at most 8");
  }
}
