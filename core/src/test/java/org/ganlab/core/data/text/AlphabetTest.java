package org.ganlab.core.data.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tokenization: ids, padding, one-hot rows and decoding. */
class AlphabetTest {
  private final Alphabet abc = new Alphabet("abc");

  @Test
  void theEndSymbolIsIdZeroAndLettersFollowInOrder() {
    Alphabet lower = Alphabet.lowercase();
    assertThat(lower.size()).isEqualTo(27);
    assertThat(lower.id('a')).isEqualTo(1);
    assertThat(lower.id('z')).isEqualTo(26);
    assertThat(lower.id('A')).isEqualTo(-1);
    assertThat(lower.letter(26)).isEqualTo('z');
    assertThat(Alphabet.END).isZero();
  }

  @Test
  void encodePadsWithTheEndSymbol() {
    assertThat(abc.encode("cab", 5)).containsExactly(3, 1, 2, 0, 0);
    assertThat(abc.encode("", 2)).containsExactly(0, 0);
    assertThat(abc.encode("abca", 4)).containsExactly(1, 2, 3, 1);
  }

  @Test
  void oneHotWritesOneRowPerPosition() {
    float[] out = new float[1 + 3 * 4];
    abc.oneHot("ca", 3, out, 1);
    // rows of 4 symbols (end, a, b, c) from offset 1: c, a, end
    assertThat(out)
        .containsExactly(
            0f, /* c */ 0f, 0f, 0f, 1f, /* a */ 0f, 1f, 0f, 0f, /* end */ 1f, 0f, 0f, 0f);
  }

  @Test
  void decodeStopsAtTheFirstEndSymbol() {
    assertThat(abc.decode(new int[] {2, 1, 0, 3, 3})).isEqualTo("ba");
    assertThat(abc.decode(new int[] {0, 1})).isEmpty();
    assertThat(abc.decode(new int[] {3, 3, 3})).isEqualTo("ccc");
    assertThat(abc.decode(abc.encode("cab", 6))).isEqualTo("cab");
  }

  @Test
  void badInputIsNamed() {
    assertThatThrownBy(() -> abc.encode("abd", 5))
        .hasMessage("\"abd\" has 'd', which is not in the alphabet \"abc\"");
    assertThatThrownBy(() -> abc.encode("abcab", 4))
        .hasMessage("\"abcab\" has 5 characters, more than the length 4");
    assertThatThrownBy(() -> abc.letter(4)).hasMessageContaining("no letter has id 4");
    assertThatThrownBy(() -> new Alphabet("aba")).hasMessageContaining("'a' appears twice");
    assertThatThrownBy(() -> new Alphabet("")).hasMessageContaining("at least one letter");
    assertThat(abc.firstOutside("abxc")).isEqualTo(2);
    assertThat(abc.firstOutside("cab")).isEqualTo(-1);
  }
}
