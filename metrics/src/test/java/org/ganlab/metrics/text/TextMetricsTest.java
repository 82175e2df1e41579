package org.ganlab.metrics.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ganlab.core.data.text.Alphabet;
import org.ganlab.core.data.text.WordList;
import org.ganlab.core.data.text.WordSplit;
import org.junit.jupiter.api.Test;

/** Every score of a tiny generated set, counted by hand. */
class TextMetricsTest {
  /** all = {cat, cot, dog, dot, cog}; train = {cat, dog, cog}; held-out = {cot, dot}. */
  static WordSplit tinySplit() {
    Alphabet a = Alphabet.lowercase();
    return new WordSplit(
        WordList.of("all", List.of("cat", "cot", "dog", "dot", "cog"), a, 4),
        WordList.of("train", List.of("cat", "dog", "cog"), a, 4),
        WordList.of("held-out", List.of("cot", "dot"), a, 4));
  }

  @Test
  void scoresATinyGeneratedSet() {
    TextScores s = new TextMetrics(tinySplit()).score(List.of("cot", "cat", "dxt", "cot"));
    assertThat(s.count()).isEqualTo(4);
    assertThat(s.realWords()).isEqualTo(0.75); // cot, cat, cot
    assertThat(s.novelWords()).isEqualTo(0.5); // cot twice: real, not in training
    assertThat(s.distinctWords()).isEqualTo(0.75); // cot, cat, dxt
    // distinct generated letters {c, o, t, a, d, x}; held-out has c, o, t, d
    assertThat(s.inTest(1)).isCloseTo(4.0 / 6, within(1e-15));
    // distinct bigrams {co, ot, ca, at, dx, xt}; held-out has co and ot
    assertThat(s.inTest(2)).isCloseTo(2.0 / 6, within(1e-15));
    // trigrams {cot, cat, dxt}; held-out has cot
    assertThat(s.inTest(3)).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(s.inTest(4)).isZero(); // no generated 4-grams
    // Trigram frequencies P = {cot 1/2, cat 1/4, dxt 1/4}, Q = {cot 1/2, dot 1/2}:
    // KL(P||M) = 1/4 + 1/4, KL(Q||M) = 1/2 log2(2), JS = 1/2.
    assertThat(s.js(3)).isCloseTo(0.5, within(1e-12));
    // Letters P = {c 3, o 2, t 4, a 1, d 1, x 1}/12, Q = {c 1, o 2, t 2, d 1}/6, by the formula.
    assertThat(s.js(1)).isCloseTo(0.12002435505151046, within(1e-12));
    assertThat(s.js(4)).isZero(); // neither side has 4-grams
    assertThat(s.lengthTv()).isZero();
    assertThat(s.meanLength()).isEqualTo(3.0);
  }

  @Test
  void namesAndMapAgree() {
    TextScores s = new TextMetrics(tinySplit()).score(List.of("", "dog"));
    assertThat(s.asMap().keySet()).containsExactlyElementsOf(TextScores.NAMES);
    assertThat(TextScores.NAMES)
        .containsExactly(
            "real_words",
            "novel_words",
            "distinct_words",
            "in_test_1",
            "in_test_2",
            "in_test_3",
            "in_test_4",
            "js_1",
            "js_2",
            "js_3",
            "js_4",
            "length_tv",
            "mean_length");
    // "" is no word; dog is real but in training, so not novel.
    assertThat(s.asMap()).containsEntry("real_words", 0.5).containsEntry("novel_words", 0.0);
    // lengths {0, 3} against held-out {3, 3}: TV = 1/2
    assertThat(s.lengthTv()).isEqualTo(0.5);
  }

  @Test
  void nothingToScoreIsAnError() {
    assertThatThrownBy(() -> new TextMetrics(tinySplit()).score(List.of()))
        .hasMessage("no generated words to score");
  }
}
