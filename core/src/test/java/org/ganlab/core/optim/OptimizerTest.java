package org.ganlab.core.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Network;
import org.ganlab.core.nn.TfRun;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.family.TFloating;

/**
 * Each optimizer against its Javadoc formula computed in Java doubles, for three steps on a coupled
 * quadratic whose gradient is known in closed form:
 *
 * <pre>
 * L = sum(a1 w1^2)/2 + sum(b1 w1) + sum(a2 w2^2)/2 + sum(b2 w2) + c sum(w1) sum(w2)
 * dL/dw1 = a1 w1 + b1 + c sum(w2),  dL/dw2 = a2 w2 + b2 + c sum(w1)
 * </pre>
 *
 * The coupling term makes each variable's gradient read the other variable, so an update that raced
 * ahead of another gradient would show up as a mismatch.
 *
 * <p>Squares are written w * w: TensorFlow 1.1.0's C++ gradient of {@code Square} applied directly
 * to a ref variable crashes the JVM (SIGSEGV in Node::output_type while building the gradient;
 * SquareGrad casts to the input's ref dtype).
 */
class OptimizerTest {
  private static final double[] W1 = {1.0, -2.0, 0.5};
  private static final double[] W2 = {0.3, -0.7, 1.5, 2.0};
  private static final double[] A1 = {1.0, 2.0, 0.5};
  private static final double[] B1 = {0.1, -0.3, 0.2};
  private static final double[] A2 = {0.8, 1.5, 0.25, 3.0};
  private static final double[] B2 = {-0.2, 0.4, 0.0, -1.0};
  private static final double C = 0.3;
  private static final int STEPS = 3;

  /** One step of an optimizer on a flat parameter vector, with its state. */
  private interface Rule {
    void step(double[] w, double[] g, int t); // t = 1, 2, 3 ...
  }

  private static Initializer values(double[] v) {
    return new Initializer() {
      @Override
      public <T extends TFloating> Operand<T> create(
          Ops tf, Shape shape, Class<T> dtype, long[] seed) {
        return tf.reshape(tf.dtypes.cast(tf.constant(v), dtype), tf.constant(shape));
      }
    };
  }

  private static double[][] gradients(double[] w1, double[] w2) {
    double s1 = 0;
    double s2 = 0;
    for (double v : w1) {
      s1 += v;
    }
    for (double v : w2) {
      s2 += v;
    }
    double[] g1 = new double[w1.length];
    double[] g2 = new double[w2.length];
    for (int i = 0; i < w1.length; i++) {
      g1[i] = A1[i] * w1[i] + B1[i] + C * s2;
    }
    for (int i = 0; i < w2.length; i++) {
      g2[i] = A2[i] * w2[i] + B2[i] + C * s1;
    }
    return new double[][] {g1, g2};
  }

  /** Result of running an optimizer in TensorFlow and in Java. */
  private record Run(
      float[][] tfW1,
      float[][] tfW2,
      float[] tfNorms,
      double[][] javaW1,
      double[][] javaW2,
      double[] javaNorms,
      float beta1Power) {}

  private static Run run(Optimizer opt, Rule rule) {
    float[][] tfW1 = new float[STEPS][];
    float[][] tfW2 = new float[STEPS][];
    float[] norms = new float[STEPS];
    float beta1Power = Float.NaN;
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Network<TFloat32> net = new Network<>(tf, "net", TFloat32.class, new Seeds(0));
      Variable<TFloat32> w1 = net.variable(net.ops(), "w1", Shape.of(3), values(W1), true);
      Variable<TFloat32> w2 = net.variable(net.ops(), "w2", Shape.of(2, 2), values(W2), true);
      Operand<TFloat32> loss =
          tf.math.add(
              tf.math.add(
                  quadratic(tf, w1, A1, B1, new int[] {0}),
                  quadratic(tf, w2, A2, B2, new int[] {0, 1})),
              tf.math.mul(
                  tf.constant((float) C),
                  tf.math.mul(
                      tf.sum(w1, tf.constant(new int[] {0})),
                      tf.sum(w2, tf.constant(new int[] {0, 1})))));
      Update u = opt.minimize(tf.withSubScope("opt"), loss, List.of(w1, w2));
      try (Session s = new Session(g)) {
        s.initialize();
        for (int t = 0; t < STEPS; t++) {
          try (Result r = s.runner().addTarget(u.op()).fetch(u.gradientNorm()).run()) {
            norms[t] = ((TFloat32) r.get(0)).getFloat();
          }
          tfW1[t] = TfRun.floats(s, w1);
          tfW2[t] = TfRun.floats(s, w2);
        }
        if (opt instanceof Adam) {
          beta1Power = TfRun.floats(s, "opt/beta1_power")[0];
        }
      }
    }
    double[] w1 = W1.clone();
    double[] w2 = W2.clone();
    double[][] jw1 = new double[STEPS][];
    double[][] jw2 = new double[STEPS][];
    double[] jn = new double[STEPS];
    // One rule instance per variable, each with its own slots.
    for (int t = 0; t < STEPS; t++) {
      double[][] gr = gradients(w1, w2);
      double sq = 0;
      for (double[] gv : gr) {
        for (double v : gv) {
          sq += v * v;
        }
      }
      jn[t] = Math.sqrt(sq);
      double[] flat = concat(w1, w2);
      rule.step(flat, concat(gr[0], gr[1]), t + 1);
      System.arraycopy(flat, 0, w1, 0, 3);
      System.arraycopy(flat, 3, w2, 0, 4);
      jw1[t] = w1.clone();
      jw2[t] = w2.clone();
    }
    return new Run(tfW1, tfW2, norms, jw1, jw2, jn, beta1Power);
  }

  private static Operand<TFloat32> quadratic(
      Ops tf, Variable<TFloat32> w, double[] a, double[] b, int[] axes) {
    Operand<TFloat32> av =
        tf.reshape(tf.dtypes.cast(tf.constant(a), TFloat32.class), tf.constant(w.shape()));
    Operand<TFloat32> bv =
        tf.reshape(tf.dtypes.cast(tf.constant(b), TFloat32.class), tf.constant(w.shape()));
    Operand<TFloat32> half =
        tf.math.mul(
            tf.constant(0.5f), tf.sum(tf.math.mul(av, tf.math.mul(w, w)), tf.constant(axes)));
    return tf.math.add(half, tf.sum(tf.math.mul(bv, w), tf.constant(axes)));
  }

  private static double[] concat(double[] a, double[] b) {
    double[] c = new double[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static void assertMatches(Run r) {
    for (int t = 0; t < STEPS; t++) {
      assertClose(r.tfW1[t], r.javaW1[t], "w1 after step " + (t + 1));
      assertClose(r.tfW2[t], r.javaW2[t], "w2 after step " + (t + 1));
      assertThat((double) r.tfNorms[t])
          .as("gradient norm of step %d", t + 1)
          .isCloseTo(r.javaNorms[t], within(1e-6 * r.javaNorms[t]));
    }
    // The updates moved the weights noticeably (the test is not vacuous).
    assertThat(Math.abs(r.javaW1[STEPS - 1][0] - W1[0])).isGreaterThan(1e-3);
  }

  /**
   * float32 against double: three coupled steps accumulate a few float32 roundings (about 1e-6 on
   * values near 1), far below any difference between update formulas.
   */
  private static void assertClose(float[] actual, double[] expected, String what) {
    assertThat(actual).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat((double) actual[i])
          .as("%s [%d]", what, i)
          .isCloseTo(expected[i], within(3e-6 * Math.max(1, Math.abs(expected[i]))));
    }
  }

  // ---------------------------------------------------------------- the update rules

  private static Rule adam(double lr, double b1, double b2, double eps) {
    return adam(lr, b1, b2, eps, new double[] {1, 1, 1});
  }

  /** Adam whose rate at step t is {@code lr * factors[t - 1]}. */
  private static Rule adam(double lr, double b1, double b2, double eps, double[] factors) {
    double[] m = new double[7];
    double[] v = new double[7];
    return (w, g, t) -> {
      double lrT = lr * factors[t - 1] * Math.sqrt(1 - Math.pow(b2, t)) / (1 - Math.pow(b1, t));
      for (int i = 0; i < w.length; i++) {
        m[i] = b1 * m[i] + (1 - b1) * g[i];
        v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
        w[i] -= lrT * m[i] / (Math.sqrt(v[i]) + eps);
      }
    };
  }

  private static Rule rmsProp(double lr, double rho, double momentum, double eps) {
    double[] ms = new double[7];
    double[] mom = new double[7];
    return (w, g, t) -> {
      for (int i = 0; i < w.length; i++) {
        ms[i] = rho * ms[i] + (1 - rho) * g[i] * g[i];
        mom[i] = momentum * mom[i] + lr * g[i] / Math.sqrt(ms[i] + eps);
        w[i] -= mom[i];
      }
    };
  }

  private static Rule sgd(double lr, double momentum, boolean nesterov) {
    double[] accum = new double[7];
    return (w, g, t) -> {
      for (int i = 0; i < w.length; i++) {
        accum[i] = momentum * accum[i] + g[i];
        w[i] -= nesterov ? lr * (g[i] + momentum * accum[i]) : lr * accum[i];
      }
    };
  }

  // ---------------------------------------------------------------- tests

  @Test
  void adamMatchesItsFormula() {
    Run r = run(new Adam(0.1, 0.5, 0.999), adam(0.1, 0.5, 0.999, 1e-8));
    assertMatches(r);
    assertThat(r.beta1Power).as("beta1^(t+1) after t steps").isEqualTo((float) Math.pow(0.5, 4));
  }

  @Test
  void adamAddsEpsilonToSqrtVNotToTheBiasCorrectedRoot() {
    // A large epsilon makes the two placements differ by far more than the tolerance.
    Run r = run(new Adam(0.05, 0.9, 0.99, 0.5), adam(0.05, 0.9, 0.99, 0.5));
    assertMatches(r);
    assertThat(r.beta1Power).isCloseTo((float) Math.pow(0.9, 4), within(1e-7f));
  }

  @Test
  void adamWithLinearDecay() {
    // Decay from update 0 to 4: the three updates use 1, 3/4 and 1/2 of the rate.
    assertMatches(
        run(
            new Adam(0.1, 0.5, 0.999).withDecay(new LinearDecay(0, 4)),
            adam(0.1, 0.5, 0.999, 1e-8, new double[] {1, 0.75, 0.5})));
    // Decay starting after the first update: 1, 1, then (3 - 2) / (3 - 1).
    assertMatches(
        run(
            new Adam(0.1, 0.5, 0.999).withDecay(new LinearDecay(1, 3)),
            adam(0.1, 0.5, 0.999, 1e-8, new double[] {1, 1, 0.5})));
  }

  @Test
  void linearDecayFactors() {
    LinearDecay d = new LinearDecay(100, 200);
    assertThat(d.factor(0)).isEqualTo(1.0);
    assertThat(d.factor(100)).isEqualTo(1.0);
    assertThat(d.factor(150)).isEqualTo(0.5);
    assertThat(d.factor(199)).isEqualTo(0.01);
    assertThat(d.factor(200)).isEqualTo(0.0);
    assertThat(d.factor(10_000)).isEqualTo(0.0);
    assertThat(LinearDecay.overLast(0.25, 1000)).isEqualTo(new LinearDecay(750, 1000));
    assertThat(LinearDecay.overLast(0, 1000)).isNull();
    assertThatThrownBy(() -> new LinearDecay(5, 5)).hasMessageContaining("start < end");
    assertThatThrownBy(() -> LinearDecay.overLast(1.5, 10)).hasMessageContaining("[0, 1]");
    assertThat(new Adam(2e-4, 0.5, 0.999).withDecay(d).describe())
        .isEqualTo(
            "adam(lr=2.0E-4, beta1=0.5, beta2=0.999, epsilon=1.0E-8, linear-decay(100..200))");
  }

  @Test
  void adamWithBeta1ZeroLikeWganGp() {
    assertMatches(run(new Adam(0.01, 0, 0.9), adam(0.01, 0, 0.9, 1e-8)));
  }

  @Test
  void rmsPropMatchesItsFormula() {
    assertMatches(run(new RmsProp(0.01), rmsProp(0.01, 0.9, 0, 1e-7)));
  }

  @Test
  void rmsPropWithMomentum() {
    assertMatches(run(new RmsProp(0.02, 0.8, 0.9, 1e-3), rmsProp(0.02, 0.8, 0.9, 1e-3)));
  }

  @Test
  void plainSgd() {
    assertMatches(run(new Sgd(0.1), sgd(0.1, 0, false)));
  }

  @Test
  void sgdWithMomentum() {
    assertMatches(run(new Sgd(0.1, 0.9, false), sgd(0.1, 0.9, false)));
  }

  @Test
  void sgdWithNesterovMomentum() {
    Run nesterov = run(new Sgd(0.1, 0.9, true), sgd(0.1, 0.9, true));
    assertMatches(nesterov);
    Run heavyBall = run(new Sgd(0.1, 0.9, false), sgd(0.1, 0.9, false));
    assertThat(nesterov.tfW1[2][0]).isNotEqualTo(heavyBall.tfW1[2][0]);
  }

  @Test
  void aSingleVariableCanBeOptimized() {
    // The global gradient norm of one variable (regression: it was built with ConcatV2, which
    // rejects a single input, so a one-variable network could not be trained at all).
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Network<TFloat32> net = new Network<>(tf, "net", TFloat32.class, new Seeds(0));
      Variable<TFloat32> w =
          net.variable(net.ops(), "w", Shape.of(2), values(new double[] {3, -4}), true);
      Update u = new Sgd(0.25).minimize(tf, tf.sum(tf.math.mul(w, w), tf.constant(0)), List.of(w));
      try (Session s = new Session(g)) {
        s.initialize();
        try (Result r = s.runner().addTarget(u.op()).fetch(u.gradientNorm()).run()) {
          // gradient 2w = (6, -8), norm 10; w - 0.25 * 2w = w / 2
          assertThat(((TFloat32) r.get(0)).getFloat()).isEqualTo(10f);
        }
        assertThat(TfRun.floats(s, w)).containsExactly(1.5f, -2f);
      }
    }
  }

  @Test
  void slotsAreNamedAfterTheirVariables() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Network<TFloat32> net = new Network<>(tf, "net", TFloat32.class, new Seeds(0));
      Variable<TFloat32> w =
          net.variable(net.ops(), "w", Shape.of(2), values(new double[] {1, 2}), true);
      new Adam(0.1, 0.5, 0.9)
          .minimize(tf.withSubScope("adam"), tf.sum(tf.math.mul(w, w), tf.constant(0)), List.of(w));
      new RmsProp(0.1, 0.9, 0.5, 1e-7)
          .minimize(tf.withSubScope("rms"), tf.sum(tf.math.mul(w, w), tf.constant(0)), List.of(w));
      new Sgd(0.1, 0.5, false)
          .minimize(tf.withSubScope("sgd"), tf.sum(tf.math.mul(w, w), tf.constant(0)), List.of(w));
      for (String name :
          new String[] {
            "adam/beta1_power",
            "adam/beta2_power",
            "adam/net.w/m",
            "adam/net.w/v",
            "rms/net.w/ms",
            "rms/net.w/mom",
            "sgd/net.w/momentum"
          }) {
        assertThat(g.operation(name)).as(name).isNotNull();
        assertThat(g.operation(name).type()).as(name).isEqualTo("VariableV2");
      }
    }
  }

  @Test
  void hyperparametersAreValidatedWithTheirNames() {
    assertThatThrownBy(() -> new Adam(0, 0.5, 0.999)).hasMessageContaining("learningRate");
    assertThatThrownBy(() -> new Adam(1e-3, 1.0, 0.999)).hasMessageContaining("beta1");
    assertThatThrownBy(() -> new Adam(1e-3, 0.5, -0.1)).hasMessageContaining("beta2");
    assertThatThrownBy(() -> new Adam(1e-3, 0.5, 0.9, Double.NaN)).hasMessageContaining("epsilon");
    assertThatThrownBy(() -> new RmsProp(Double.POSITIVE_INFINITY))
        .hasMessageContaining("learningRate");
    assertThatThrownBy(() -> new RmsProp(1e-3, 1.5, 0, 1e-7)).hasMessageContaining("rho");
    assertThatThrownBy(() -> new Sgd(1e-3, 1.0, true)).hasMessageContaining("momentum");
    assertThat(new Adam(2e-4, 0.5, 0.999).describe())
        .isEqualTo("adam(lr=2.0E-4, beta1=0.5, beta2=0.999, epsilon=1.0E-8)");
    assertThat(new Sgd(0.1).describe()).isEqualTo("sgd(lr=0.1, momentum=0.0, nesterov=false)");
  }

  @Test
  void minimizeRejectsNoVariablesAndVariablesTheLossIgnores() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Network<TFloat32> net = new Network<>(tf, "net", TFloat32.class, new Seeds(0));
      Variable<TFloat32> used =
          net.variable(net.ops(), "used", Shape.of(2), Initializer.zeros(), true);
      Variable<TFloat32> unused =
          net.variable(net.ops(), "unused", Shape.of(2), Initializer.zeros(), true);
      Operand<TFloat32> loss = tf.sum(tf.math.mul(used, used), tf.constant(0));
      assertThatThrownBy(() -> new Sgd(0.1).minimize(tf, loss, List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no variables");
      assertThatThrownBy(
              () ->
                  new Adam(0.1, 0.5, 0.9)
                      .minimize(tf.withSubScope("a"), loss, List.of(used, unused)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("net/unused");
    }
  }
}
