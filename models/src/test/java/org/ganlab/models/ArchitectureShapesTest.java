package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanArchitecture;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.cycle.CycleGanModel;
import org.ganlab.losses.GradientPenalty;
import org.ganlab.losses.HingeLoss;
import org.ganlab.losses.WassersteinLoss;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

/**
 * Every preset architecture builds, has the documented static shapes and runs a forward pass:
 * generator output [b, ...example], discriminator logits [b] (AC-GAN: class logits [b, K];
 * PatchGAN: one logit per patch).
 */
class ArchitectureShapesTest {
  private static final int B = 4;

  @Test
  void mlpGan() {
    checkGan(MlpGan.standard(), new long[] {B, 2});
  }

  @Test
  void packedMlpDiscriminatorScoresConcatenatedGroups() {
    float[] x = {0.1f, -0.2f, 0.3f, 0.4f, -0.5f, 0.6f, 0.7f, -0.8f};
    // Packing 2 on [4, 2]: two logits, each the score of a pair of consecutive points, i.e. the
    // logits of an unpacked MLP for 4-dimensional data (same scope and seeds, so the same
    // weights) on the rows [x0 x1] and [x2 x3].
    float[] packed = discriminate(MlpGan.standard().withPacking(2), x, Shape.of(4, 2));
    float[] concatenated = discriminate(MlpGan.standard().withDataDim(4), x, Shape.of(2, 4));
    assertThat(packed).hasSize(2).containsExactly(concatenated);
    // Regrouping the same points changes the scores: the groups are scored jointly.
    float[] regrouped = {0.1f, -0.2f, -0.5f, 0.6f, 0.3f, 0.4f, 0.7f, -0.8f};
    assertThat(discriminate(MlpGan.standard().withPacking(2), regrouped, Shape.of(4, 2)))
        .isNotEqualTo(packed);
    assertThatThrownBy(() -> MlpGan.standard().withPacking(0)).hasMessageContaining("packing");
  }

  private static float[] discriminate(MlpGan arch, float[] values, Shape shape) {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Operand<TFloat32> logits =
          arch.buildDiscriminator(tf, "discriminator", new Seeds(3))
              .discriminate(
                  tf.constant(shape, org.tensorflow.ndarray.buffer.DataBuffers.of(values)),
                  null,
                  Mode.TRAINING)
              .logits();
      try (Session s = new Session(g)) {
        s.initialize();
        try (Result res = s.runner().fetch(logits).run()) {
          TFloat32 out = (TFloat32) res.get(0);
          float[] r = new float[(int) out.size()];
          for (int i = 0; i < r.length; i++) {
            r[i] = out.getFloat(i);
          }
          return r;
        }
      }
    }
  }

  @Test
  void dcganAndWganGp() {
    checkGan(Dcgan.standard(), new long[] {B, 28, 28, 1});
    checkGan(Dcgan.standard().withChannels(3).withFilters(16), new long[] {B, 28, 28, 3});
    checkGan(WganGp.standard(), new long[] {B, 28, 28, 1});
    checkGan(SnDcgan.standard().withChannels(3), new long[] {B, 28, 28, 3});
    checkGan(
        WganGp.standard().withCriticNorm(Normalization.NONE).withFilters(16),
        new long[] {B, 28, 28, 1});
  }

  @Test
  void conditionalHeads() {
    checkGan(ConditionalGan.concat(10), new long[] {B, 28, 28, 1});
    checkGan(ConditionalGan.projection(10), new long[] {B, 28, 28, 1});
    checkGan(ConditionalGan.acgan(10), new long[] {B, 28, 28, 1});
    checkGan(
        ConditionalGan.concat(5).withEmbeddingDim(8).withFilters(8).withChannels(3),
        new long[] {B, 28, 28, 3});
  }

  @ParameterizedTest(name = "coordinates and width mixing={0}")
  @ValueSource(booleans = {false, true})
  void cycleGanShapes(boolean extras) {
    CycleGan arch = CycleGan.standard().withCoordinates(extras).withWidthMixing(extras);
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      CycleGanModel m = CycleGanModel.build(tf, arch, new Seeds(1), 2);
      Shape img = Shape.of(2, 28, 28, 1);
      assertThat(m.aToB().generatedData().shape()).isEqualTo(img);
      assertThat(m.bToA().generatedData().shape()).isEqualTo(img);
      assertThat(m.reconstructedA().shape()).isEqualTo(img);
      assertThat(m.reconstructedB().shape()).isEqualTo(img);
      assertThat(m.identityA().shape()).isEqualTo(img);
      // A 7x7 grid of patch scores per image.
      assertThat(m.aToB().onReal().logits().shape()).isEqualTo(Shape.of(2 * 49));
      assertThat(m.bToA().onGenerated().logits().shape()).isEqualTo(Shape.of(2 * 49));
      try (Session s = new Session(g)) {
        s.initialize();
        try (TFloat32 a = TFloat32.tensorOf(img);
            TFloat32 b = TFloat32.tensorOf(img);
            Result r =
                s.runner()
                    .feed(m.realA(), a)
                    .feed(m.realB(), b)
                    .fetch(m.reconstructedA())
                    .fetch(m.aToB().onGenerated().logits())
                    .run()) {
          assertThat(r.get(0).shape()).isEqualTo(img);
          assertThat(r.get(1).shape()).isEqualTo(Shape.of(2 * 49));
        }
      }
    }
  }

  @Test
  void presetsCarryTheirPapersRecipes() {
    TrainingPreset wgan = WganGp.standard().training();
    assertThat(wgan.loss()).isEqualTo(new WassersteinLoss());
    assertThat(wgan.regularizers()).containsExactly(new GradientPenalty(10, false));
    assertThat(wgan.nCritic()).isEqualTo(5);
    assertThat(wgan.optimizers()).isEqualTo(OptimizerPair.of(new Adam(1e-4, 0, 0.9)));
    assertThat(ConditionalGan.projection(10).training().loss()).isEqualTo(new HingeLoss());
    assertThat(ConditionalGan.acgan(10).training().regularizers()).hasSize(1);
    assertThat(Dcgan.standard().training().withNCritic(2).config(5).nCritic()).isEqualTo(2);
    assertThat(CycleGan.standard().training().hyperparameters())
        .containsEntry("residualBlocks", 3)
        .containsEntry("batchSize", 1)
        .containsEntry("coordinates", false)
        .containsEntry("widthMixing", false);
    assertThatThrownBy(() -> WganGp.standard().withCriticNorm(Normalization.BATCH_NORM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batch norm");
    assertThatThrownBy(() -> MlpGan.standard().withHiddenUnits(0))
        .hasMessageContaining("hiddenUnits");
  }

  /** Builds the model, checks static shapes and runs G and D once on zeros. */
  private static void checkGan(GanArchitecture arch, long[] dataShape) {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      GanModel m = GanModel.build(tf, arch, new Seeds(1), B);
      assertThat(m.generatedData().shape()).isEqualTo(Shape.of(dataShape));
      assertThat(m.onReal().logits().shape()).isEqualTo(Shape.of(B));
      assertThat(m.onGenerated().logits().shape()).isEqualTo(Shape.of(B));
      boolean ac =
          arch instanceof ConditionalGan c && c.head() == ConditionalGan.Head.AUX_CLASSIFIER;
      if (ac) {
        assertThat(m.onReal().classLogits().shape()).isEqualTo(Shape.of(B, arch.numClasses()));
      } else {
        assertThat(m.onReal().classLogits()).isNull();
      }
      assertThat(m.conditional()).isEqualTo(arch.numClasses() > 0);
      // Inference with a dynamic batch, as LatentSampler uses it.
      Placeholder<TFloat32> z =
          tf.placeholder(
              TFloat32.class, Placeholder.shape(Shape.of(-1, m.generator().latentDim())));
      Operand<TFloat32> sample = m.generator().generate(z, m.labels(), Mode.INFERENCE);

      try (Session s = new Session(g)) {
        s.initialize();
        List<Tensor> feeds = new ArrayList<>();
        Session.Runner r = s.runner();
        TFloat32 x = TFloat32.tensorOf(Shape.of(dataShape));
        feeds.add(x);
        r.feed(m.realData(), x);
        TFloat32 zv = TFloat32.tensorOf(Shape.of(B, m.generator().latentDim()));
        feeds.add(zv);
        r.feed(z, zv);
        if (m.conditional()) {
          TInt32 y = TInt32.vectorOf(0, 1, 1, 0);
          feeds.add(y);
          r.feed(m.labels(), y);
        }
        for (Placeholder<TInt64> p : m.streams().all().values()) {
          TInt64 seed = TInt64.vectorOf(1, 2);
          feeds.add(seed);
          r.feed(p, seed);
        }
        r.fetch(m.generatedData())
            .fetch(m.onReal().logits())
            .fetch(m.onGenerated().logits())
            .fetch(sample);
        try (Result res = r.run()) {
          assertThat(res.get(0).shape()).isEqualTo(Shape.of(dataShape));
          assertThat(res.get(1).shape()).isEqualTo(Shape.of(B));
          assertThat(res.get(3).shape()).isEqualTo(Shape.of(dataShape));
        } finally {
          feeds.forEach(Tensor::close);
        }
      }
    }
  }
}
