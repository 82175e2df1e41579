package org.ganlab.experiments.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.ganlab.core.data.text.WordSplit;
import org.ganlab.experiments.shipped.TextGanExperiment;
import org.ganlab.metrics.stats.Bound;
import org.ganlab.metrics.text.CharNgramModel;
import org.ganlab.metrics.text.UniformLetters;

/**
 * The {@code text} suite: the character-level GAN with the WGAN-GP recipe and with the
 * non-saturating loss, against a character 4-gram model and uniform random letters scored by the
 * same code.
 */
final class TextSuite {
  private TextSuite() {}

  static BenchSuite create(boolean quick, Optional<Path> dataDir) {
    int n = quick ? 200 : 1_000;
    long steps = quick ? 10 : 600;
    String wgan = "char WGAN-GP";
    String ns = "char NS-GAN";
    String markov = "character 4-gram model";
    String uniform = "uniform random letters";
    Supplier<WordSplit> split = () -> TextGanExperiment.split(dataDir);
    List<BenchEntry> e =
        List.of(
            BenchEntry.of(
                wgan, new RunSpec("wgan-gp", "text", steps, List.of("eval_samples=" + n))),
            BenchEntry.of(
                ns,
                new RunSpec(
                    "ns",
                    "text",
                    steps,
                    List.of("loss=non-saturating", "gp_lambda=0", "eval_samples=" + n))));
    return new BenchSuite(
        "text",
        "Character-level text generation on English words",
        quick,
        e,
        List.of("real_words", "novel_words", "in_test_4", "js_1", "js_4", "length_tv"),
        List.of(
            new TextBaselineReference(
                markov,
                "a character 4-gram (Markov) model fit on the training words by maximum likelihood,"
                    + " sampled "
                    + n
                    + " words per seed",
                split,
                train -> CharNgramModel.fit(train, 4),
                n),
            new TextBaselineReference(
                uniform,
                n + " words of uniform random letters, each as long as a random training word",
                split,
                UniformLetters::fit,
                n)),
        List.of(
            new QualityTarget(
                "a GAN's 4-gram JS divergence below that of uniform random letters",
                List.of(wgan, ns),
                List.of(Bound.atMostFractionOf("js_4", 1.0, uniform))),
            new QualityTarget(
                "a GAN's 4-gram JS divergence at most the character 4-gram model's",
                List.of(wgan, ns),
                List.of(Bound.atMostFractionOf("js_4", 1.0, markov)))),
        List.of(
            n
                + " generated words per evaluation, decoded by arg max and cut at the end symbol,"
                + " against the held-out tenth of the English list (split seed 0, the same for"
                + " every run seed). real_words: share that are words of the list; novel_words:"
                + " share that are words of the list absent from the training words; in_test_4:"
                + " share of the generated 4-grams seen in held-out words (Press et al. 2017);"
                + " js_n: Jensen-Shannon divergence in bits of the n-gram distributions"
                + " (Gulrajani et al. 2017's js_with); length_tv: total-variation distance of"
                + " the word lengths.",
            "Both GAN rows train "
                + steps
                + " generator steps with the recipe's n_critic 10 (the authors trained 200,000);"
                + " the NS-GAN row is the same networks with the non-saturating loss and no"
                + " gradient penalty, the setting the WGAN-GP paper reports it could not make"
                + " work."));
  }
}
