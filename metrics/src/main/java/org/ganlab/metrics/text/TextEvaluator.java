package org.ganlab.metrics.text;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ganlab.core.config.Checks;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Sampler;
import org.ganlab.metrics.eval.Evaluator;
import org.ganlab.metrics.eval.Generation;

/**
 * Scores a character-level generator (any {@link Sampler} of [length, symbols] softmax or one-hot
 * rows: a trained generator, {@link CharNgramModel}, {@link UniformLetters}) with {@link
 * TextMetrics}: {@code samples} sequences from {@link Generation} (stream {@code "eval/latent"}),
 * decoded by {@link SoftmaxWords}. Metrics: {@link TextScores#NAMES}. Primary: {@code js_4}, lower
 * is better (the statistic Gulrajani et al. 2017 report for their language model).
 */
public final class TextEvaluator implements Evaluator<Sampler> {
  private final TextMetrics metrics;
  private final Seeds seeds;
  private final int samples;

  /**
   * @param metrics the metrics the generated words are scored with
   * @param seeds seeds of the {@code "eval/latent"} stream
   * @param samples generated words per evaluation
   */
  public TextEvaluator(TextMetrics metrics, Seeds seeds, int samples) {
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.seeds = Objects.requireNonNull(seeds, "seeds");
    Checks.positive("samples", samples);
    this.samples = samples;
  }

  @Override
  public List<String> metrics() {
    return TextScores.NAMES;
  }

  @Override
  public String primaryMetric() {
    return "js_4";
  }

  @Override
  public boolean higherIsBetter() {
    return false;
  }

  @Override
  public Map<String, Number> evaluate(Sampler sampler) {
    return scores(sampler).asMap();
  }

  /**
   * {@return the scores of {@code samples} words of {@code sampler}}
   *
   * @param sampler the word generator
   */
  public TextScores scores(Sampler sampler) {
    return metrics.score(words(sampler));
  }

  /**
   * {@return the {@code samples} decoded words that {@link #evaluate} scores}
   *
   * @param sampler the word generator
   */
  public List<String> words(Sampler sampler) {
    int[] shape = sampler.exampleShape();
    int length = metrics.split().all().maxLength();
    int symbols = metrics.split().all().alphabet().size();
    if (shape.length != 2 || shape[0] != length || shape[1] != symbols) {
      throw new IllegalArgumentException(
          "a text sampler must produce ["
              + length
              + ", "
              + symbols
              + "] examples for this word list, got "
              + Arrays.toString(shape));
    }
    float[] rows = Generation.generate(sampler, seeds, samples, null);
    return SoftmaxWords.decode(rows, samples, length, metrics.split().all().alphabet());
  }
}
