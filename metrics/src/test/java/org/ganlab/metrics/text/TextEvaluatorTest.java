package org.ganlab.metrics.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.data.text.Alphabet;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Sampler;
import org.junit.jupiter.api.Test;

/** The pipeline: sample, decode, score; the same code for generators and baselines. */
class TextEvaluatorTest {
  /** Always the words "cot", "cat", "dxt", "cot", ... whatever the seed. */
  private static final Sampler FIXED =
      new Sampler() {
        @Override
        public int[] exampleShape() {
          return new int[] {4, 27};
        }

        @Override
        public float[] sample(long[] seedPair, int n, int[] labels) {
          List<String> cycle = List.of("cot", "cat", "dxt", "cot");
          List<String> words = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            words.add(cycle.get(i % 4));
          }
          return SoftmaxWords.oneHot(words, 4, Alphabet.lowercase());
        }
      };

  @Test
  void scoresTheDecodedSamples() {
    TextMetrics metrics = new TextMetrics(TextMetricsTest.tinySplit());
    TextEvaluator e = new TextEvaluator(metrics, new Seeds(1), 8);
    assertThat(e.metrics()).isEqualTo(TextScores.NAMES);
    assertThat(e.primaryMetric()).isEqualTo("js_4");
    assertThat(e.higherIsBetter()).isFalse();
    assertThat(e.words(FIXED))
        .containsExactly("cot", "cat", "dxt", "cot", "cot", "cat", "dxt", "cot");
    // The same shares as the four words once, but 3 distinct words of 8.
    TextScores once = metrics.score(List.of("cot", "cat", "dxt", "cot"));
    assertThat(e.evaluate(FIXED))
        .containsEntry("real_words", once.realWords())
        .containsEntry("js_3", once.js(3))
        .containsEntry("distinct_words", 3.0 / 8)
        .isEqualTo(metrics.score(e.words(FIXED)).asMap());
  }

  @Test
  void baselinesAreScoredTheSameWay() {
    TextMetrics metrics = new TextMetrics(TextMetricsTest.tinySplit());
    TextEvaluator e = new TextEvaluator(metrics, new Seeds(1), 200);
    CharNgramModel bigram = CharNgramModel.fit(metrics.split().train(), 2);
    TextScores s = e.scores(bigram);
    assertThat(s.count()).isEqualTo(200);
    // Trained on cat, dog, cog: every bigram it writes is one of theirs.
    assertThat(s.realWords()).isGreaterThan(0.3);
    assertThat(e.evaluate(bigram)).isEqualTo(s.asMap());
  }

  @Test
  void aSamplerOfTheWrongShapeIsRejected() {
    TextEvaluator e =
        new TextEvaluator(new TextMetrics(TextMetricsTest.tinySplit()), new Seeds(1), 8);
    Sampler images =
        new Sampler() {
          @Override
          public int[] exampleShape() {
            return new int[] {28, 28, 1};
          }

          @Override
          public float[] sample(long[] seedPair, int n, int[] labels) {
            return new float[n * 784];
          }
        };
    assertThatThrownBy(() -> e.evaluate(images))
        .hasMessage(
            "a text sampler must produce [4, 27] examples for this word list, got [28, 28, 1]");
  }
}
