package org.ganlab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ganlab.core.train.StepRecord;
import org.ganlab.docs.examples.TextGeneration;
import org.ganlab.metrics.text.TextScores;
import org.junit.jupiter.api.Test;

/**
 * The character-level WGAN-GP learns English letter statistics in a short run (about 15 s of
 * training on 2 cores): a narrow {@link CharGan} with the paper's loss and penalty, trained on the
 * embedded word list's training split and scored on its held-out words by the metrics module.
 *
 * <p>Why n = 3 and 4 rather than 1: every letter occurs in the held-out words, so %-IN-TEST-1 is 1
 * for any generator, and the arg max of an untrained generator's near-uniform softmax already has
 * nearly the letter frequencies of uniform random letters (JS-1 about 0.14, against 0.13 for
 * uniform letters), while a short run first collapses onto a few letters before it spreads out
 * again. Trigrams and 4-grams and the length distribution show the learning within seconds.
 */
class TextGanLearnsTest {
  private static final int STEPS = 150;

  @Test
  void generatedWordsMoveTowardsHeldOutEnglish() {
    TextGeneration.Outcome o = TextGeneration.train(STEPS, 1);
    List<StepRecord> records = o.records();
    TextScores untrained = o.untrained();
    TextScores trained = o.trained();
    TextScores uniform = o.uniform();
    System.out.println("text GAN samples: " + o.words());
    System.out.printf("untrained %s%ntrained   %s%nuniform   %s%n", untrained, trained, uniform);

    assertThat(records).allSatisfy(r -> assertThat(r.firstNonFinite()).isNull());
    // The critic's Wasserstein estimate E[D(x)] - E[D(G(z))] = -(d_loss - penalty) opens up from
    // about 0 as the critic learns to tell one-hot words from the softmax.
    double first = wasserstein(records.get(0));
    double peak = records.stream().mapToDouble(TextGanLearnsTest::wasserstein).max().orElseThrow();
    System.out.printf(
        "Wasserstein estimate: step 1 %.3f, peak %.3f, last %.3f%n",
        first, peak, wasserstein(records.get(STEPS - 1)));
    assertThat(peak).isGreaterThan(first + 0.5);

    // Longer n-grams of held-out English: found more often, distributed more alike.
    assertThat(trained.inTest(4)).isGreaterThan(untrained.inTest(4) + 0.1);
    assertThat(trained.inTest(3)).isGreaterThan(untrained.inTest(3) + 0.2);
    assertThat(trained.js(4)).isLessThan(untrained.js(4) - 0.05);
    assertThat(trained.js(3)).isLessThan(untrained.js(3) - 0.05);
    assertThat(trained.js(4)).isLessThan(uniform.js(4));
    // The 4-gram model, fit by counting, is far ahead of so short a run.
    assertThat(o.markov().js(4)).isLessThan(trained.js(4));
    // Word lengths: from mostly 10 letters to close to the held-out distribution.
    assertThat(trained.lengthTv()).isLessThan(untrained.lengthTv() / 2);
  }

  private static double wasserstein(StepRecord r) {
    return -(r.discriminatorLoss() - r.terms().get("gradient_penalty"));
  }
}
