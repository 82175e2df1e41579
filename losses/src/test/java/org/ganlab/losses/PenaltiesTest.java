package org.ganlab.losses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.train.DiscriminatorOutput;
import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.Regularizer;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Penalties on a linear critic D(x) = w.x + b, whose input gradient is w at every point: the
 * gradient penalty is exactly lambda (|w| - 1)^2 whatever the interpolates are, and R1/R2 are gamma
 * / 2 |w|^2.
 */
class PenaltiesTest {
  static final int B = 4;
  static final float[] REAL = {1, 2, 3, -1, 0, 0.5f, 7, -3, 2, 0, 0, 0};
  static final float[] FAKE = {-1, 0.25f, 4, 2, 2, -2, 0, 1, 0, 5, -5, 1};
  // |w| = sqrt(0.36 + 0.64 + 4) = sqrt(5)
  static final double[] STEEP = {0.6, 0.8, 2.0};
  // |w| = 0.5
  static final double[] FLAT = {0.3, 0.4, 0.0};

  /** The regularizer's discriminator term on the linear critic with weights {@code w}. */
  static float term(Regularizer r, double[] w) {
    return term(r, w, 7);
  }

  static float term(Regularizer r, double[] w, long seed) {
    try (TestGraph g = new TestGraph()) {
      LinearCritic d = new LinearCritic(g.tf, w, 0.7f);
      Placeholder<TFloat32> real = g.placeholder(B, 3);
      Operand<TFloat32> fake = g.constant(FAKE, B, 3);
      GanModel model =
          TestGraph.model(
              g.tf,
              d,
              real,
              fake,
              d.discriminate(real, null, Mode.TRAINING),
              d.discriminate(fake, null, Mode.TRAINING_WITHOUT_UPDATES),
              B);
      Regularizer.Terms t = r.build(g.tf, model);
      assertThat(t.generator()).isNull();
      g.feed(real, REAL).feedStreams(model.streams(), seed);
      return g.scalar(t.discriminator());
    }
  }

  static double norm(double[] w) {
    double s = 0;
    for (double v : w) {
      s += v * v;
    }
    return Math.sqrt(s);
  }

  @Test
  void twoSidedGradientPenaltyIsLambdaTimesSquaredDistanceOfNormFromOne() {
    // 10 (sqrt 5 - 1)^2 = 15.2786
    assertThat(term(new GradientPenalty(), STEEP)).isCloseTo(15.278640f, within(1e-4f));
    // 10 (0.5 - 1)^2 = 2.5
    assertThat(term(new GradientPenalty(), FLAT)).isCloseTo(2.5f, within(1e-5f));
    assertThat(term(new GradientPenalty(3), FLAT)).isCloseTo(0.75f, within(1e-5f));
    // Any interpolates give the same value: another seed, another eps.
    assertThat(term(new GradientPenalty(), STEEP, 12345)).isCloseTo(15.278640f, within(1e-4f));
  }

  @Test
  void oneSidedGradientPenaltyOnlyPenalizesSlopesAboveOne() {
    assertThat(term(GradientPenalty.oneSided(10), STEEP))
        .isCloseTo((float) (10 * Math.pow(norm(STEEP) - 1, 2)), within(1e-4f));
    assertThat(term(GradientPenalty.oneSided(10), FLAT)).isZero();
    assertThat(GradientPenalty.oneSided(10).name()).isEqualTo("one_sided_gradient_penalty");
  }

  @Test
  void r1AndR2AreHalfGammaTimesSquaredNorm() {
    // gamma / 2 |w|^2 = 5 * 5 = 25
    assertThat(term(new R1Penalty(), STEEP)).isCloseTo(25f, within(1e-5f));
    assertThat(term(new R1Penalty(0.1), FLAT)).isCloseTo(0.0125f, within(1e-8f));
    assertThat(term(new R2Penalty(), STEEP)).isCloseTo(25f, within(1e-5f));
    assertThat(term(new R2Penalty(4), FLAT)).isCloseTo(0.5f, within(1e-7f));
  }

  @Test
  void draganIsTwoSidedPenaltyAroundRealData() {
    assertThat(term(new DraganPenalty(), STEEP)).isCloseTo(15.278640f, within(1e-4f));
    assertThat(term(new DraganPenalty(1, 0.5), FLAT)).isCloseTo(0.25f, within(1e-6f));
  }

  @Test
  void interpolatesLieOnTheSegmentWithOneWeightPerExample() {
    try (TestGraph g = new TestGraph()) {
      Placeholder<TFloat32> real = g.placeholder(B, 3);
      Operand<TFloat32> fake = g.constant(FAKE, B, 3);
      var seed = g.tf.placeholder(org.tensorflow.types.TInt64.class);
      Operand<TFloat32> points = GradientPenalty.interpolates(g.tf, real, fake, seed);
      g.feed(real, REAL).feedSeed(seed, 3, 4);
      float[] x = g.floats(points);
      float[] again = g.floats(points);
      assertThat(again).containsExactly(x);
      float[] eps = new float[B];
      for (int i = 0; i < B; i++) {
        // x_hat - fake = eps (real - fake); the first coordinate always differs here
        eps[i] = (x[3 * i] - FAKE[3 * i]) / (REAL[3 * i] - FAKE[3 * i]);
        assertThat(eps[i]).isBetween(0f, 1f);
        for (int j = 0; j < 3; j++) {
          int k = 3 * i + j;
          assertThat(x[k]).isCloseTo(FAKE[k] + eps[i] * (REAL[k] - FAKE[k]), within(1e-5f));
        }
      }
      assertThat(eps).doesNotHaveDuplicates();
      g.feedSeed(seed, 3, 5);
      assertThat(g.floats(points)).isNotEqualTo(x);
    }
  }

  @Test
  void draganPerturbsRealDataByAtMostHalfItsStd() {
    try (TestGraph g = new TestGraph()) {
      Placeholder<TFloat32> real = g.placeholder(B, 3);
      var s1 = g.tf.placeholder(org.tensorflow.types.TInt64.class);
      var s2 = g.tf.placeholder(org.tensorflow.types.TInt64.class);
      Operand<TFloat32> points = DraganPenalty.perturb(g.tf, real, 0.5, s1, s2);
      Operand<TFloat32> unperturbed = DraganPenalty.perturb(g.tf, real, 0, s1, s2);
      g.feed(real, REAL).feedSeed(s1, 1, 2).feedSeed(s2, 3, 4);
      double mean = 0;
      for (float v : REAL) {
        mean += v / REAL.length;
      }
      double var = 0;
      for (float v : REAL) {
        var += (v - mean) * (v - mean) / REAL.length;
      }
      double bound = 0.5 * Math.sqrt(var); // population std, as numpy's x.std()
      float[] x = g.floats(points);
      double maxDelta = 0;
      for (int i = 0; i < x.length; i++) {
        double delta = x[i] - REAL[i];
        assertThat(delta).isBetween(0.0, bound);
        maxDelta = Math.max(maxDelta, delta);
      }
      assertThat(maxDelta).isGreaterThan(0.05 * bound);
      assertThat(g.floats(unperturbed)).containsExactly(REAL);
    }
  }

  @Test
  void vanishingInputGradientGivesFiniteSecondOrderGradient() {
    // w = 0: |grad| = 0, where d sqrt(s)/ds is infinite; the epsilon keeps the gradient finite.
    try (TestGraph g = new TestGraph()) {
      LinearCritic d = new LinearCritic(g.tf, new double[] {0, 0, 0}, 0f);
      Placeholder<TFloat32> real = g.placeholder(B, 3);
      Operand<TFloat32> scores = d.discriminate(real, null, Mode.TRAINING).logits();
      Operand<TFloat32> penalty = GradientPenalty.penalty(g.tf, scores, real, false);
      var grads = g.tf.gradients(penalty, d.network().trainableVariables());
      g.feed(real, REAL);
      assertThat(g.scalar(penalty)).isCloseTo(1f, within(1e-4f));
      Operand<TFloat32> kernelGrad = grads.dy(0);
      // Zero of either sign: which one a CPU's kernels produce here depends on its instructions.
      for (float v : g.floats(kernelGrad)) {
        assertThat(Math.abs(v)).isEqualTo(0f);
      }
    }
  }

  @Test
  void composesWithALossIntoTheDiscriminatorLoss() {
    try (TestGraph g = new TestGraph()) {
      LinearCritic d = new LinearCritic(g.tf, STEEP, 0f);
      Placeholder<TFloat32> real = g.placeholder(B, 3);
      Operand<TFloat32> fake = g.constant(FAKE, B, 3);
      DiscriminatorOutput onReal = d.discriminate(real, null, Mode.TRAINING);
      DiscriminatorOutput onFake = d.discriminate(fake, null, Mode.TRAINING_WITHOUT_UPDATES);
      GanModel model = TestGraph.model(g.tf, d, real, fake, onReal, onFake, B);
      GanLoss loss =
          GanLoss.build(
              g.tf, model, new WassersteinLoss(), List.of(new GradientPenalty(), new R1Penalty(2)));
      assertThat(loss.discriminatorTerms()).containsOnlyKeys("gradient_penalty", "r1_penalty");
      g.feed(real, REAL).feedStreams(model.streams(), 1);
      float w = g.scalar(WassersteinLoss.discriminatorLoss(g.tf, onReal.logits(), onFake.logits()));
      assertThat(g.scalar(loss.discriminatorLoss())).isCloseTo(w + 15.278640f + 5f, within(1e-4f));
      // The D optimizer can differentiate the whole loss (second order through the penalties).
      var grads = g.tf.gradients(loss.discriminatorLoss(), d.network().trainableVariables());
      Operand<TFloat32> kernelGrad = grads.dy(0);
      assertThat(g.floats(kernelGrad)).hasSize(3).doesNotContain(Float.NaN);
    }
  }

  @Test
  void rejectsNegativeOrNonFiniteWeights() {
    assertThatThrownBy(() -> new GradientPenalty(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lambda");
    assertThatThrownBy(() -> new R1Penalty(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DraganPenalty(10, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("noise scale");
  }

  @Test
  void namesAreTheMetricsColumns() {
    assertThat(
            List.of(
                new GradientPenalty().name(),
                new R1Penalty().name(),
                new R2Penalty().name(),
                new DraganPenalty().name()))
        .containsExactly("gradient_penalty", "r1_penalty", "r2_penalty", "dragan_penalty");
  }
}
