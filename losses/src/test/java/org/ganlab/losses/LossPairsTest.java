package org.ganlab.losses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ganlab.core.train.DiscriminatorOutput;
import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.core.train.GanModel;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Every loss pair against values computed by hand from its formula. */
class LossPairsTest {
  // Logits including +-100: a naive log(sigmoid(x)) gives -inf / NaN there.
  static final float[] REAL = {-100f, -1.5f, 0f, 0.75f, 100f};
  static final float[] FAKE = {100f, 2f, 0f, -0.25f, -100f};

  /** Stable softplus in double precision, the reference for the expected values. */
  static double softplus(double x) {
    return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
  }

  static double mean(float[] x, java.util.function.DoubleUnaryOperator f) {
    double s = 0;
    for (float v : x) {
      s += f.applyAsDouble(v);
    }
    return s / x.length;
  }

  /** {@code loss} on discriminator logits {@code real} and {@code fake} alone. */
  static GanLoss build(
      Ops tf, GanLossFunction loss, Operand<TFloat32> real, Operand<TFloat32> fake, int batch) {
    GanModel model =
        TestGraph.model(
            tf,
            null,
            null,
            null,
            DiscriminatorOutput.of(real),
            DiscriminatorOutput.of(fake),
            batch);
    return loss.build(tf, model);
  }

  /** [generator loss, discriminator loss] of {@code loss} on the given logits. */
  static float[] losses(GanLossFunction loss, float[] real, float[] fake) {
    try (TestGraph g = new TestGraph()) {
      GanLoss l =
          build(
              g.tf,
              loss,
              g.constant(real, real.length),
              g.constant(fake, fake.length),
              real.length);
      assertThat(l.generatorTerms()).isEmpty();
      return new float[] {g.scalar(l.generatorLoss()), g.scalar(l.discriminatorLoss())};
    }
  }

  @Test
  void nonSaturating() {
    float[] gd = losses(new NonSaturatingLoss(), REAL, FAKE);
    double d = mean(REAL, x -> softplus(-x)) + mean(FAKE, LossPairsTest::softplus);
    double g = mean(FAKE, x -> softplus(-x));
    assertThat(gd[1]).isFinite().isCloseTo((float) d, within(1e-5f));
    assertThat(gd[0]).isFinite().isCloseTo((float) g, within(1e-5f));
    // softplus(100) = 100 exactly in float32; softplus(-100) = e^-100 (a denormal) adds nothing.
    assertThat(losses(new NonSaturatingLoss(), new float[] {100f}, new float[] {-100f})[0])
        .isEqualTo(100f);
    assertThat(losses(new NonSaturatingLoss(), new float[] {-100f}, new float[] {100f})[1])
        .isEqualTo(200f);
  }

  @Test
  void minimax() {
    float[] gd = losses(new MinimaxLoss(), REAL, FAKE);
    double d = mean(REAL, x -> softplus(-x)) + mean(FAKE, LossPairsTest::softplus);
    // L_G = E[log(1 - sigmoid(l))] = -E[softplus(l)]
    double g = -mean(FAKE, LossPairsTest::softplus);
    assertThat(gd[1]).isFinite().isCloseTo((float) d, within(1e-5f));
    assertThat(gd[0]).isFinite().isCloseTo((float) g, within(1e-5f));
    // log(1 - sigmoid(100)) = -100, where the naive form is log(0) = -inf.
    assertThat(losses(new MinimaxLoss(), new float[] {0f}, new float[] {100f})[0]).isEqualTo(-100f);
    // Saturated: a confidently rejected sample contributes ~0 (and ~0 gradient).
    assertThat(losses(new MinimaxLoss(), new float[] {0f}, new float[] {-100f})[0])
        .isFinite()
        .isCloseTo(0f, within(1e-30f));
  }

  @Test
  void minimaxHandValues() {
    // real 0, fake 0: L_D = 2 log 2, L_G = -log 2.
    float[] gd = losses(new MinimaxLoss(), new float[] {0f}, new float[] {0f});
    assertThat(gd[1]).isCloseTo(1.3862944f, within(1e-6f));
    assertThat(gd[0]).isCloseTo(-0.6931472f, within(1e-6f));
  }

  @Test
  void leastSquaresDefaultTargets() {
    float[] real = {1f, 0f, 3f};
    float[] fake = {0f, 1f, -1f};
    float[] gd = losses(new LeastSquaresLoss(), real, fake);
    // L_D = 1/2 mean((r-1)^2) + 1/2 mean(f^2) = 1/2 * 5/3 + 1/2 * 2/3 = 7/6
    assertThat(gd[1]).isCloseTo(7f / 6f, within(1e-6f));
    // L_G = 1/2 mean((f-1)^2) = 1/2 * (1 + 0 + 4) / 3 = 5/6
    assertThat(gd[0]).isCloseTo(5f / 6f, within(1e-6f));
    // +-100: 1/2 (100 - 1)^2 + 1/2 (-100)^2 = 4900.5 + 5000
    assertThat(losses(new LeastSquaresLoss(), new float[] {100f}, new float[] {-100f})[1])
        .isEqualTo(9900.5f);
  }

  @Test
  void leastSquaresOtherTargets() {
    float[] gd =
        losses(new LeastSquaresLoss(-1, 1, 0), new float[] {1f, 0f, 3f}, new float[] {0f, 1f, -1f});
    // 1/2 * (0 + 1 + 4) / 3 + 1/2 * (1 + 4 + 0) / 3 = 5/3
    assertThat(gd[1]).isCloseTo(5f / 3f, within(1e-6f));
    // 1/2 * (0 + 1 + 1) / 3 = 1/3
    assertThat(gd[0]).isCloseTo(1f / 3f, within(1e-6f));
    assertThat(new LeastSquaresLoss(-1, 1, 0).name())
        .isEqualTo("least-squares(a=-1.0,b=1.0,c=0.0)");
  }

  @Test
  void wasserstein() {
    float[] gd = losses(new WassersteinLoss(), new float[] {1f, 3f}, new float[] {-1f, 0.5f});
    assertThat(gd[1]).isEqualTo(-2.25f); // mean(fake) - mean(real) = -0.25 - 2
    assertThat(gd[0]).isEqualTo(0.25f); // -mean(fake)
    float[] big = losses(new WassersteinLoss(), REAL, FAKE);
    assertThat(big[1]).isCloseTo((float) (mean(FAKE, x -> x) - mean(REAL, x -> x)), within(1e-5f));
    assertThat(big[0]).isCloseTo((float) -mean(FAKE, x -> x), within(1e-5f));
  }

  @Test
  void hinge() {
    float[] gd = losses(new HingeLoss(), new float[] {2f, 0.5f, -1f}, new float[] {-2f, 0.5f, 0f});
    // mean(relu(1 - r)) = (0 + 0.5 + 2) / 3, mean(relu(1 + f)) = (0 + 1.5 + 1) / 3
    assertThat(gd[1]).isCloseTo(5f / 3f, within(1e-6f));
    assertThat(gd[0]).isCloseTo(0.5f, within(1e-6f)); // -mean(-2, 0.5, 0)
    float[] big = losses(new HingeLoss(), REAL, FAKE);
    double d = mean(REAL, x -> Math.max(0, 1 - x)) + mean(FAKE, x -> Math.max(0, 1 + x));
    assertThat(big[1]).isCloseTo((float) d, within(1e-4f));
    assertThat(big[0]).isCloseTo((float) -mean(FAKE, x -> x), within(1e-5f));
  }

  @Test
  void staticMathMatchesTheLossFunctions() {
    try (TestGraph g = new TestGraph()) {
      Operand<TFloat32> r = g.constant(REAL, REAL.length);
      Operand<TFloat32> f = g.constant(FAKE, FAKE.length);
      assertThat(g.scalar(HingeLoss.discriminatorLoss(g.tf, r, f)))
          .isEqualTo(losses(new HingeLoss(), REAL, FAKE)[1]);
      assertThat(g.scalar(LeastSquaresLoss.generatorLoss(g.tf, f)))
          .isEqualTo(losses(new LeastSquaresLoss(), REAL, FAKE)[0]);
      assertThat(g.scalar(MinimaxLoss.generatorLoss(g.tf, f)))
          .isEqualTo(losses(new MinimaxLoss(), REAL, FAKE)[0]);
    }
  }

  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /** The derivative of a mean over the 5 logits: {@code d(x)} for each, over 5. */
  static double[] perLogit(float[] x, java.util.function.DoubleUnaryOperator d) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = d.applyAsDouble(x[i]) / x.length;
    }
    return out;
  }

  /** One loss pair's gradients by hand: dL_D/d real, dL_D/d fake, dL_G/d fake. */
  record HandGradients(
      GanLossFunction loss,
      java.util.function.DoubleUnaryOperator dReal,
      java.util.function.DoubleUnaryOperator dFake,
      java.util.function.DoubleUnaryOperator dGenerator) {}

  @Test
  void gradientsAtExtremeLogitsAreTheFormulasDerivatives() {
    java.util.List<HandGradients> pairs =
        java.util.List.of(
            // softplus'(x) = sigmoid(x): L_D = E[softplus(-r)] + E[softplus(f)]
            new HandGradients(
                new NonSaturatingLoss(),
                x -> -sigmoid(-x),
                LossPairsTest::sigmoid,
                x -> -sigmoid(-x)),
            new HandGradients(
                new MinimaxLoss(), x -> -sigmoid(-x), LossPairsTest::sigmoid, x -> -sigmoid(x)),
            new HandGradients(new LeastSquaresLoss(), x -> x - 1, x -> x, x -> x - 1),
            new HandGradients(new WassersteinLoss(), x -> -1, x -> 1, x -> -1),
            new HandGradients(new HingeLoss(), x -> x < 1 ? -1 : 0, x -> x > -1 ? 1 : 0, x -> -1));
    try (TestGraph g = new TestGraph()) {
      var r = g.placeholder(REAL.length);
      var f = g.placeholder(FAKE.length);
      g.feed(r, REAL).feed(f, FAKE);
      for (HandGradients pair : pairs) {
        GanLoss l =
            build(
                g.tf.withSubScope(pair.loss().name().replaceAll("[^a-z]", "")),
                pair.loss(),
                r,
                f,
                REAL.length);
        var d = g.tf.gradients(l.discriminatorLoss(), java.util.List.of(r, f));
        var gen = g.tf.gradients(l.generatorLoss(), java.util.List.of(f));
        assertGradient(pair, "dL_D/d real", g.floats(d.dy(0)), perLogit(REAL, pair.dReal()));
        assertGradient(pair, "dL_D/d fake", g.floats(d.dy(1)), perLogit(FAKE, pair.dFake()));
        assertGradient(pair, "dL_G/d fake", g.floats(gen.dy(0)), perLogit(FAKE, pair.dGenerator()));
      }
    }
  }

  private static void assertGradient(
      HandGradients pair, String what, float[] actual, double[] expected) {
    assertThat(actual).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      // Finite everywhere, where a naive log(sigmoid(x)) gives NaN at +-100.
      assertThat((double) actual[i])
          .as("%s %s at logit %d", pair.loss().name(), what, i)
          .isFinite()
          .isCloseTo(expected[i], within(1e-6 * Math.max(1, Math.abs(expected[i]))));
    }
  }

  @Test
  void rejectsNonFiniteTargets() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LeastSquaresLoss(0, Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("target b");
  }
}
