package org.ganlab.metrics.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ganlab.core.data.text.Alphabet;
import org.junit.jupiter.api.Test;

/** Arg max decoding, cut at the end symbol. */
class SoftmaxWordsTest {
  private final Alphabet ab = new Alphabet("ab"); // symbols: end, a, b

  @Test
  void decodesTheArgMaxUpToTheFirstEndSymbol() {
    float[] rows = {
      // word 1: a, b, end -> "ab"
      0.1f, 0.7f, 0.2f, 0.2f, 0.3f, 0.5f, 0.6f, 0.2f, 0.2f,
      // word 2: end first -> "" (the b after it is ignored)
      0.5f, 0.2f, 0.3f, 0.1f, 0.1f, 0.8f, 0.1f, 0.1f, 0.8f,
      // word 3: ties go to the lower id: a (a = b), end (end = a), so "a"
      0.1f, 0.45f, 0.45f, 0.4f, 0.4f, 0.2f, 0f, 0f, 1f,
      // word 4: no end symbol: all three letters
      0f, 0f, 1f, 0f, 1f, 0f, 0f, 0f, 1f
    };
    assertThat(SoftmaxWords.decode(rows, 4, 3, ab)).containsExactly("ab", "", "a", "bab");
  }

  @Test
  void oneHotRowsDecodeToTheirWords() {
    List<String> words = List.of("ab", "", "bba", "b");
    float[] rows = SoftmaxWords.oneHot(words, 3, ab);
    assertThat(rows).hasSize(4 * 3 * 3);
    assertThat(SoftmaxWords.decode(rows, 4, 3, ab)).isEqualTo(words);
  }

  @Test
  void aWrongNumberOfValuesIsNamed() {
    assertThatThrownBy(() -> SoftmaxWords.decode(new float[10], 1, 3, ab))
        .hasMessage("expected 1 x 3 x 3 softmax values, got 10");
  }
}
