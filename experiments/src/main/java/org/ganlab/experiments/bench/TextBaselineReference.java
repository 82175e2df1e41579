package org.ganlab.experiments.bench;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ganlab.core.data.text.WordList;
import org.ganlab.core.data.text.WordSplit;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Sampler;
import org.ganlab.metrics.text.TextEvaluator;
import org.ganlab.metrics.text.TextMetrics;

/**
 * A text baseline fit on the training words and scored by the code that scores the runs ({@link
 * TextEvaluator}): a character n-gram model, or uniform random letters.
 */
public final class TextBaselineReference implements ReferenceRow {
  private final String label;
  private final String description;
  private final Supplier<WordSplit> split;
  private final Function<WordList, Sampler> fit;
  private final int samples;

  /**
   * @param fit the baseline fit on the training words
   * @param samples words per evaluation, as the runs' {@code eval_samples}
   */
  public TextBaselineReference(
      String label,
      String description,
      Supplier<WordSplit> split,
      Function<WordList, Sampler> fit,
      int samples) {
    this.label = label;
    this.description = description;
    this.split = split;
    this.fit = fit;
    this.samples = samples;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Map<String, Number> compute(long seed, BenchLayout bench) {
    WordSplit s = split.get();
    return new TextEvaluator(new TextMetrics(s), new Seeds(seed), samples)
        .evaluate(fit.apply(s.train()));
  }
}
