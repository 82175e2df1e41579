package org.ganlab.metrics.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ganlab.core.data.text.Alphabet;
import org.ganlab.core.data.text.WordList;
import org.junit.jupiter.api.Test;

/** The character n-gram model and uniform random letters, on lists whose statistics are known. */
class BaselinesTest {
  private static final long[] SEED = {3, 4};

  private static WordList list(int maxLength, String... words) {
    return WordList.of("t", List.of(words), Alphabet.lowercase(), maxLength);
  }

  private static long count(List<String> words, String w) {
    return words.stream().filter(w::equals).count();
  }

  @Test
  void aBigramModelOnlyWritesTransitionsItHasSeen() {
    // Start -> a always; a -> b or c, half each; b, c -> end.
    CharNgramModel m = CharNgramModel.fit(list(4, "ab", "ac"), 2);
    List<String> w = m.words(SEED, 2000);
    assertThat(w).allMatch(x -> x.equals("ab") || x.equals("ac"));
    assertThat(count(w, "ab") / 2000.0).isCloseTo(0.5, within(0.05));
    assertThat(m.order()).isEqualTo(2);
  }

  @Test
  void aUnigramModelDrawsLettersAndTheEndByFrequency() {
    // "aab": a 2, b 1, end 1 of 4 symbols: P(end) = 1/4, so the mean length is 3;
    // letters are a with 2/3.
    CharNgramModel m = CharNgramModel.fit(list(50, "aab"), 1);
    List<String> w = m.words(SEED, 4000);
    double letters = w.stream().mapToInt(String::length).sum();
    double as = w.stream().mapToLong(x -> x.chars().filter(c -> c == 'a').count()).sum();
    assertThat(letters / w.size()).isCloseTo(3.0, within(0.15));
    assertThat(as / letters).isCloseTo(2.0 / 3, within(0.02));
  }

  @Test
  void wordsStopAtTheMaximumLength() {
    // P(end) = 1/5 after every letter: many draws would run past 4 letters.
    List<String> w = CharNgramModel.fit(list(4, "aaaa"), 1).words(SEED, 500);
    assertThat(w).allMatch(x -> x.length() <= 4);
    assertThat(count(w, "aaaa")).isGreaterThan(100);
  }

  @Test
  void samplesAreSeededOneHotRows() {
    CharNgramModel m = CharNgramModel.fit(list(5, "abc", "abd", "bcd"), 3);
    assertThat(m.words(SEED, 50)).isEqualTo(m.words(SEED, 50));
    assertThat(m.words(new long[] {3, 5}, 50)).isNotEqualTo(m.words(SEED, 50));
    assertThat(m.exampleShape()).containsExactly(5, 27);
    float[] rows = m.sample(SEED, 7, null);
    assertThat(SoftmaxWords.decode(rows, 7, 5, Alphabet.lowercase())).isEqualTo(m.words(SEED, 7));
    assertThatThrownBy(() -> m.sample(SEED, 1, new int[] {0})).hasMessageContaining("no labels");
    assertThatThrownBy(() -> CharNgramModel.fit(list(5, "ab"), 0)).hasMessageContaining("order");
  }

  @Test
  void uniformLettersHaveTrainingLengthsAndEvenLetters() {
    UniformLetters u = UniformLetters.fit(list(6, "ab", "abcdef"));
    List<String> w = u.words(SEED, 6000);
    assertThat(w).allMatch(x -> x.length() == 2 || x.length() == 6);
    assertThat(w.stream().filter(x -> x.length() == 2).count() / 6000.0)
        .isCloseTo(0.5, within(0.03));
    long zs = w.stream().mapToLong(x -> x.chars().filter(c -> c == 'z').count()).sum();
    long letters = w.stream().mapToLong(String::length).sum();
    assertThat((double) zs / letters).isCloseTo(1.0 / 26, within(0.005));
    assertThat(u.words(SEED, 20)).isEqualTo(u.words(SEED, 20));
    assertThat(SoftmaxWords.decode(u.sample(SEED, 9, null), 9, 6, Alphabet.lowercase()))
        .isEqualTo(u.words(SEED, 9));
  }
}
