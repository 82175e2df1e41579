package org.ganlab.losses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.train.DiscriminatorNet;
import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.Regularizer;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

/**
 * The gradient of each penalty with respect to the critic's weights, which TensorFlow builds as a
 * gradient of a gradient, against central finite differences in float64, through conv, leaky ReLU,
 * layer norm (rsqrt, mean, squared difference), reshape, dense and bias add.
 */
class SecondOrderGradientTest {
  static final long[] INPUT = {3, 4, 4, 1};
  static final double H = 1e-6;

  static double[] random(SplittableRandom r, int n, double lo, double hi) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextDouble(lo, hi);
    }
    return x;
  }

  /**
   * Checks d penalty / d weights for every weight of the critic.
   *
   * @param penalty builds the penalty from (critic scores, points)
   */
  static void checkAgainstFiniteDifferences(
      BiFunction<Ops, Operand<TFloat64>[], Operand<TFloat64>> penalty) {
    SplittableRandom r = new SplittableRandom(42);
    try (TestGraph g = new TestGraph()) {
      ConvCritic<TFloat64> critic = new ConvCritic<>(g.tf, TFloat64.class, 3);
      Placeholder<TFloat64> x =
          g.tf.placeholder(TFloat64.class, Placeholder.shape(Shape.of(INPUT)));
      @SuppressWarnings("unchecked")
      Operand<TFloat64>[] scoresAndPoints = new Operand[] {critic.apply(x), x};
      Operand<TFloat64> p = penalty.apply(g.tf, scoresAndPoints);
      List<Variable<TFloat64>> vars = critic.net.trainableVariables();
      var grads = g.tf.gradients(p, vars);
      g.feed64(x, random(r, (int) Shape.of(INPUT).size(), -1, 1));

      // Every evaluation feeds the weights to the variables' outputs (a feed overrides a
      // variable for one run), starting from a generic point: each weight moved off its initial
      // value (biases 0, gamma 1).
      List<double[]> weights = new ArrayList<>();
      for (Variable<TFloat64> v : vars) {
        double[] w = g.doubles(v);
        for (int i = 0; i < w.length; i++) {
          w[i] += r.nextDouble(-0.3, 0.3);
        }
        weights.add(w);
        g.feed64(v, w);
      }

      double largest = 0;
      int checked = 0;
      for (int k = 0; k < vars.size(); k++) {
        Output<TFloat64> dy = grads.dy(k);
        double[] w = weights.get(k);
        // A missing gradient means the penalty does not depend on the variable (e.g. the last
        // bias, which does not change grad_x D): the finite difference must then be 0 too.
        double[] analytic = InputGradients.isMissing(dy) ? new double[w.length] : g.doubles(dy);
        for (int i = 0; i < w.length; i++) {
          double saved = w[i];
          w[i] = saved + H;
          double plus = g.feed64(vars.get(k), w).doubles(p)[0];
          w[i] = saved - H;
          double minus = g.feed64(vars.get(k), w).doubles(p)[0];
          w[i] = saved;
          g.feed64(vars.get(k), w);
          double numeric = (plus - minus) / (2 * H);
          assertThat(analytic[i])
              .as("d penalty / d %s[%d]", vars.get(k).op().name(), i)
              .isCloseTo(numeric, within(1e-6 + 1e-5 * Math.abs(numeric)));
          largest = Math.max(largest, Math.abs(analytic[i]));
          checked++;
        }
      }
      assertThat(checked).isEqualTo(27 + 3 + 3 + 3 + 12 + 1);
      assertThat(largest).as("the check is not vacuous").isGreaterThan(1e-2);
    }
  }

  @Test
  void twoSidedGradientPenalty() {
    checkAgainstFiniteDifferences((tf, sp) -> GradientPenalty.penalty(tf, sp[0], sp[1], false));
  }

  @Test
  void oneSidedGradientPenaltyWithSlopesAboveOne() {
    // Scaling the scores by 10 puts the slopes above 1, so the one-sided penalty is active.
    checkAgainstFiniteDifferences(
        (tf, sp) ->
            GradientPenalty.penalty(tf, tf.math.mul(sp[0], tf.constant(10.0)), sp[1], true));
  }

  @Test
  void r1Penalty() {
    checkAgainstFiniteDifferences((tf, sp) -> R1Penalty.penalty(tf, sp[0], sp[1]));
  }

  @Test
  void rsqrtGradGradientMatchesClosedFormAndFiniteDifferences() {
    HigherOrderGradients.register();
    double[] x0 = {0.5, 2.0, 3.0};
    double[] v0 = {1.5, -0.7, 0.2};
    double[] u = {0.3, 1.1, -2.0};
    try (TestGraph g = new TestGraph()) {
      Placeholder<TFloat64> x = g.tf.placeholder(TFloat64.class, Placeholder.shape(Shape.of(3)));
      Placeholder<TFloat64> v = g.tf.placeholder(TFloat64.class, Placeholder.shape(Shape.of(3)));
      // F = sum(u * RsqrtGrad(rsqrt(x), v)) = sum(-1/2 u v x^(-3/2))
      Operand<TFloat64> f =
          g.tf.sum(
              g.tf.math.mul(g.tf.constant(u), g.tf.math.rsqrtGrad(g.tf.math.rsqrt(x), v)),
              g.tf.constant(0));
      var grads = g.tf.gradients(f, List.of(x, v));
      g.feed64(x, x0).feed64(v, v0);
      Operand<TFloat64> dx = grads.dy(0);
      Operand<TFloat64> dv = grads.dy(1);
      double[] gx = g.doubles(dx);
      double[] gv = g.doubles(dv);
      for (int i = 0; i < 3; i++) {
        assertThat(gx[i]).isCloseTo(0.75 * u[i] * v0[i] * Math.pow(x0[i], -2.5), within(1e-12));
        assertThat(gv[i]).isCloseTo(-0.5 * u[i] * Math.pow(x0[i], -1.5), within(1e-12));
        double[] xp = x0.clone();
        xp[i] += H;
        double plus = g.feed64(x, xp).doubles(f)[0];
        xp[i] -= 2 * H;
        double minus = g.feed64(x, xp).doubles(f)[0];
        assertThat(gx[i]).isCloseTo((plus - minus) / (2 * H), within(1e-7));
        g.feed64(x, x0);
      }
    }
  }

  @Test
  void everyRegularizerDifferentiatesThroughAFloat32ConvCritic() {
    try (TestGraph g = new TestGraph()) {
      ConvCritic<TFloat32> critic = new ConvCritic<>(g.tf, TFloat32.class, 5);
      DiscriminatorNet d = ConvCritic.discriminator(critic);
      Placeholder<TFloat32> real = g.placeholder(INPUT);
      Operand<TFloat32> fake = g.tf.math.mul(real, g.tf.constant(-0.5f));
      GanModel model =
          TestGraph.model(
              g.tf,
              d,
              real,
              fake,
              d.discriminate(real, null, Mode.TRAINING),
              d.discriminate(fake, null, Mode.TRAINING_WITHOUT_UPDATES),
              (int) INPUT[0]);
      List<Regularizer> all =
          List.of(
              new GradientPenalty(),
              GradientPenalty.oneSided(10),
              new R1Penalty(),
              new R2Penalty(),
              new DraganPenalty());
      GanLoss loss = GanLoss.build(g.tf, model, new WassersteinLoss(), all);
      var grads = g.tf.gradients(loss.discriminatorLoss(), critic.net.trainableVariables());
      float[] x = new float[(int) Shape.of(INPUT).size()];
      SplittableRandom r = new SplittableRandom(1);
      for (int i = 0; i < x.length; i++) {
        x[i] = (float) r.nextDouble(-1, 1);
      }
      g.feed(real, x).feedStreams(model.streams(), 9);
      assertThat(model.streams().all())
          .containsOnlyKeys(
              GradientPenalty.STREAM,
              DraganPenalty.NOISE_STREAM,
              DraganPenalty.INTERPOLATION_STREAM);
      // One run for every value: each distinct fetch list costs a graph optimization.
      List<Operand<TFloat32>> fetches = new ArrayList<>();
      for (Regularizer reg : all) {
        fetches.add(loss.discriminatorTerms().get(reg.name()));
      }
      for (int k = 0; k < critic.net.trainableVariables().size(); k++) {
        Output<TFloat32> dy = grads.dy(k);
        assertThat(InputGradients.isMissing(dy)).isFalse();
        fetches.add(dy);
      }
      List<float[]> values = g.floats(fetches);
      for (int i = 0; i < all.size(); i++) {
        assertThat(values.get(i)[0]).as(all.get(i).name()).isFinite().isGreaterThanOrEqualTo(0f);
      }
      for (float[] grad : values.subList(all.size(), values.size())) {
        for (float v : grad) {
          assertThat(v).isFinite();
        }
      }
    }
  }
}
