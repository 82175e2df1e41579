package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.data.text.Alphabet;
import org.ganlab.core.data.text.WordDataSource;
import org.ganlab.core.data.text.WordList;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.GeneratorNet;
import org.ganlab.core.train.LatentSampler;
import org.ganlab.core.train.StepRecord;
import org.ganlab.losses.GradientPenalty;
import org.ganlab.losses.WassersteinLoss;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The character-level WGAN-GP: shapes, a softmax over the alphabet at every position, the paper's
 * recipe, and a few training steps whose gradient penalty differentiates through the 1-D
 * convolutional critic.
 */
class CharGanTest {
  private static final CharGan SMALL = CharGan.standard().withFilters(8).withResidualBlocks(2);

  @Test
  void theStandardModelAndItsRecipe() {
    CharGan g = CharGan.standard();
    assertThat(g.exampleShape()).containsExactly(10, 27);
    assertThat(g.latentDim()).isEqualTo(128);
    assertThat(g.filters()).isEqualTo(64);
    assertThat(g.residualBlocks()).isEqualTo(5);
    assertThat(g.kernelSize()).isEqualTo(5);
    assertThat(g.residualScale()).isEqualTo(0.3);
    TrainingPreset p = g.training();
    assertThat(p.loss()).isInstanceOf(WassersteinLoss.class);
    assertThat(p.regularizers()).containsExactly(new GradientPenalty(10));
    assertThat(p.nCritic()).isEqualTo(10);
    assertThat(p.batchSize()).isEqualTo(64);
    assertThat(p.optimizers().generator().describe())
        .startsWith("adam(lr=1.0E-4, beta1=0.5, beta2=0.9");
    assertThat(p.optimizers().discriminator().describe())
        .isEqualTo(p.optimizers().generator().describe());
    assertThat(g.hyperparameters())
        .containsEntry("architecture", "char-gan")
        .containsEntry("length", 10)
        .containsEntry("symbols", 27);
  }

  @Test
  void hyperparametersAreDeclaredOnce() {
    assertThat(CharGan.HYPERPARAMETERS)
        .extracting(Hyperparameter::key)
        .containsExactly("latent_dim", "filters", "residual_blocks");
    CharGan g = CharGan.standard();
    for (Hyperparameter<CharGan> h : CharGan.HYPERPARAMETERS) {
      g = h.set(g, h.parse("7"));
    }
    assertThat(g.latentDim()).isEqualTo(7);
    assertThat(g.filters()).isEqualTo(7);
    assertThat(g.residualBlocks()).isEqualTo(7);
  }

  @Test
  void forWordsTakesTheListsLengthAndAlphabet() {
    WordList phrases = WordList.of("p", List.of("a b", "ab ba"), new Alphabet("ab "), 12);
    CharGan g = CharGan.standard().forWords(phrases);
    assertThat(g.exampleShape()).containsExactly(12, 4);
    assertThat(g.filters()).isEqualTo(CharGan.standard().filters());
    assertThatThrownBy(() -> SMALL.withResidualBlocks(0)).hasMessageContaining("residualBlocks");
    assertThatThrownBy(() -> new CharGan(10, 1, 8, 8, 1, 5, 0.3))
        .hasMessageContaining("symbols must be at least 2");
  }

  @Test
  void theGeneratorWritesASoftmaxOverTheAlphabetAtEveryPosition() {
    try (Graph g = new Graph()) {
      GanModel m = GanModel.build(Ops.create(g), SMALL, new Seeds(1), 4);
      assertThat(m.generatedData().shape()).isEqualTo(Shape.of(4, 10, 27));
      assertThat(m.onReal().logits().shape()).isEqualTo(Shape.of(4));
      assertThat(m.onGenerated().logits().shape()).isEqualTo(Shape.of(4));
    }
    WordList words = WordList.of("w", List.of("cat", "dog", "zebra"), Alphabet.lowercase(), 10);
    try (GanTrainer<GanModel> t =
        SMALL.training().withBatchSize(4).trainer(new WordDataSource(words, new Seeds(1)), 1)) {
      float[] rows = new LatentSampler(t, 0).sample(new long[] {1, 2}, 3, null);
      assertThat(rows).hasSize(3 * 10 * 27);
      for (int r = 0; r < 3 * 10; r++) {
        double sum = 0;
        for (int s = 0; s < 27; s++) {
          assertThat(rows[r * 27 + s]).isStrictlyBetween(0f, 1f);
          sum += rows[r * 27 + s];
        }
        assertThat(sum).as("row %d", r).isCloseTo(1.0, within(1e-5));
      }
    }
  }

  @Test
  void trainingStepsAreFiniteAndPenalizeTheCriticsInputGradient() {
    WordList words = WordList.english().split(0, 0.1).train();
    List<StepRecord> records = new ArrayList<>();
    try (GanTrainer<GanModel> t =
        SMALL.training().withBatchSize(16).trainer(new WordDataSource(words, new Seeds(2)), 2)) {
      t.train(3, (tr, r, nanos) -> records.add(r));
    }
    assertThat(records).hasSize(3);
    for (StepRecord r : records) {
      assertThat(r.firstNonFinite()).isNull();
      assertThat(r.terms().get("gradient_penalty")).isPositive();
      assertThat(r.generatorGradientNorm()).isPositive();
      assertThat(r.discriminatorGradientNorm()).isPositive();
    }
  }

  @Test
  void inferenceTakesAnyBatchSize() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      GeneratorNet gen = SMALL.buildGenerator(tf, "generator", new Seeds(1));
      Placeholder<TFloat32> z =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, SMALL.latentDim())));
      assertThat(gen.generate(z, null, Mode.INFERENCE).shape().asArray())
          .containsExactly(-1, 10, 27);
    }
  }
}
