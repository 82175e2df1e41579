package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.text.Alphabet;
import org.ganlab.core.data.text.WordDataSource;
import org.ganlab.core.data.text.WordList;
import org.ganlab.core.data.text.WordSplit;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.train.LatentSampler;
import org.ganlab.core.train.Regularizer;
import org.ganlab.core.train.SingleGan;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.OpenRun;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.RunSetup;
import org.ganlab.experiments.RunViews;
import org.ganlab.experiments.Schedule;
import org.ganlab.experiments.TrainingModule;
import org.ganlab.experiments.eval.EvaluatorFactory;
import org.ganlab.losses.AdversarialLosses;
import org.ganlab.losses.GradientPenalty;
import org.ganlab.metrics.eval.Evaluator;
import org.ganlab.metrics.text.TextEvaluator;
import org.ganlab.metrics.text.TextMetrics;
import org.ganlab.models.CharGan;
import org.ganlab.models.TrainingPreset;

/**
 * The character-level text GAN of Gulrajani et al. 2017, section 5.5 ({@code
 * CharGan.standard().training()}: a 1-D convolutional residual generator with a softmax over the
 * alphabet at every position, a critic on one-hot real and softmax fake words, WGAN-GP) on the
 * vendored English word list (SCOWL, from Debian's {@code wamerican}), or on {@code --data-dir
 * DIR}'s {@code words.txt} (one word or phrase per line, lowercase a-z). A fixed tenth of the list
 * (split seed 0, whatever the run's seed) is held out for the n-gram metrics.
 *
 * <p>Samples are text files ({@code samples/step-XXXXXX.txt}, {@code grid_size} words); eval.csv
 * has {@link TextMetrics}' columns (real and novel words, %-IN-TEST-n, JS-n, length distance),
 * primary {@code js_4}. {@code --set loss=non-saturating --set gp_lambda=0} trains the loss the
 * paper could not make work, for comparison.
 */
public final class TextGanExperiment extends Experiment {
  /** The held-out split's seed: the same held-out words for every run seed. */
  static final long SPLIT_SEED = 0;

  /** The share of the list held out. */
  static final double HELD_OUT = 0.1;

  private static final List<Hyperparameter<TrainingPreset>> KEYS = keys();

  private static List<Hyperparameter<TrainingPreset>> keys() {
    List<Hyperparameter<TrainingPreset>> k =
        new ArrayList<>(TrainingPreset.architectureKeys(CharGan.class, CharGan.HYPERPARAMETERS));
    k.add(AdversarialLosses.KEY.on(TrainingPreset::loss, TrainingPreset::withLoss));
    k.addAll(
        TrainingPreset.regularizerKeys(GradientPenalty.class, GradientPenalty.HYPERPARAMETERS));
    return List.copyOf(k);
  }

  @Override
  public String name() {
    return "text";
  }

  @Override
  public String description() {
    return "character-level WGAN-GP on English words (Gulrajani et al. 2017, section 5.5)";
  }

  private static TrainingPreset recipe() {
    return CharGan.standard().training();
  }

  @Override
  protected OptimizerPair optimizers() {
    return recipe().optimizers();
  }

  @Override
  public Hyperparameters hyperparameters() {
    TrainingPreset p = recipe();
    return TrainingModule.commonDefaults(p.optimizers(), p.config(0))
        .withDefault("steps", 1000L)
        .withDefault("eval_samples", 1000)
        .declare(KEYS, p)
        .build();
  }

  @Provides
  WordSplit split(RunContext ctx) {
    return split(ctx.dataDir());
  }

  /**
   * The words of a run: {@code dataDir}'s {@code words.txt}, or the vendored English list, with a
   * tenth held out by split seed 0 (the same held-out words for every run seed).
   */
  public static WordSplit split(Optional<Path> dataDir) {
    WordList words =
        dataDir
            .map(
                d ->
                    WordList.read(
                        d.resolve("words.txt"), Alphabet.lowercase(), WordList.EMBEDDED_MAX_LENGTH))
            .orElseGet(WordList::english);
    return words.split(SPLIT_SEED, HELD_OUT);
  }

  @Provides
  RunSetup setup(
      Hyperparameters hp,
      RunContext ctx,
      WordSplit split,
      Set<Regularizer> extra,
      OptimizerPair optimizers,
      TrainerConfig config,
      Schedule schedule) {
    TrainingPreset p = hp.apply(KEYS, recipe());
    CharGan arch = ((CharGan) p.architecture()).forWords(split.all());
    List<Regularizer> regs = new ArrayList<>(p.regularizers());
    regs.addAll(extra);
    SingleGan g =
        new SingleGan(
            arch, p.loss(), regs, new WordDataSource(split.train(), ctx.seeds()), optimizers);
    Alphabet alphabet = split.all().alphabet();
    return RunSetup.single(
        g, config, schedule, t -> RunViews.words(t, new LatentSampler(t, 0), alphabet));
  }

  /** The text metrics against the held-out words ({@link TextEvaluator}). */
  @Provides
  EvaluatorFactory evaluator(RunContext ctx, Hyperparameters hp, WordSplit split) {
    return (setup, featureCache) ->
        hp.getLong("eval_every") == 0
            ? Evaluator.none()
            : new TextEvaluator(new TextMetrics(split), ctx.seeds(), hp.getInt("eval_samples"))
                .on(OpenRun::requireSampler);
  }
}
