package org.ganlab.docs.examples;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.data.text.WordDataSource;
import org.ganlab.core.data.text.WordList;
import org.ganlab.core.data.text.WordSplit;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.LatentSampler;
import org.ganlab.core.train.StepRecord;
import org.ganlab.metrics.text.CharNgramModel;
import org.ganlab.metrics.text.TextEvaluator;
import org.ganlab.metrics.text.TextMetrics;
import org.ganlab.metrics.text.TextScores;
import org.ganlab.metrics.text.UniformLetters;
import org.ganlab.models.CharGan;
import org.ganlab.models.TrainingPreset;

/**
 * Trains the character-level WGAN-GP on English words in plain Java and scores its words, a
 * character 4-gram model's and uniform random letters' with the same code. Guide chapter
 * "Generating text".
 */
public final class TextGeneration {
  private TextGeneration() {}

  /**
   * What a run of the example produced.
   *
   * @param records every training step's values
   * @param untrained the generator's scores before training
   * @param trained its scores after training
   * @param markov a character 4-gram model's scores
   * @param uniform uniform random letters' scores
   * @param words the first generated words after training
   */
  public record Outcome(
      List<StepRecord> records,
      TextScores untrained,
      TextScores trained,
      TextScores markov,
      TextScores uniform,
      List<String> words) {}

  /** Trains 150 steps and prints the scores. */
  public static void main(String[] args) {
    Outcome o = train(args.length > 0 ? Long.parseLong(args[0]) : 150, 1);
    System.out.printf(
        "untrained %s%ntrained   %s%n4-gram    %s%nuniform   %s%nwords: %s%n",
        o.untrained(), o.trained(), o.markov(), o.uniform(), o.words());
  }

  /** Trains {@code steps} steps from root seed {@code seed}. */
  public static Outcome train(long steps, long seed) {
    // [START train]
    // The vendored English list (or WordList.read(path, Alphabet.lowercase(), 10) for your own),
    // a tenth held out for the metrics.
    WordSplit split = WordList.english().split(0, 0.1);
    TextEvaluator eval = new TextEvaluator(new TextMetrics(split), new Seeds(5), 1000);
    // The paper's loss, penalty and Adam betas; a narrow net, a 10x learning rate and n_critic 5
    // so that a hundred steps show learning.
    TrainingPreset preset =
        CharGan.standard()
            .withFilters(32)
            .withResidualBlocks(2)
            .training()
            .withOptimizers(new Adam(1e-3, 0.5, 0.9))
            .withNCritic(5);
    List<StepRecord> records = new ArrayList<>();
    try (GanTrainer<GanModel> t =
        preset.trainer(new WordDataSource(split.train(), new Seeds(seed)), seed)) {
      LatentSampler sampler = new LatentSampler(t, 0);
      TextScores untrained = eval.scores(sampler);
      t.train(steps, (tr, r, nanos) -> records.add(r));
      TextScores trained = eval.scores(sampler);
      List<String> words = eval.words(sampler).subList(0, 20);
      // The baselines are Samplers too: the same code scores them.
      TextScores markov = eval.scores(CharNgramModel.fit(split.train(), 4));
      TextScores uniform = eval.scores(UniformLetters.fit(split.train()));
      return new Outcome(records, untrained, trained, markov, uniform, words);
    }
    // [END train]
  }
}
