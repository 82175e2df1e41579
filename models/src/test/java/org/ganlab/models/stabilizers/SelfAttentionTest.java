package org.ganlab.models.stabilizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ganlab.models.stabilizers.Graphs.assign;
import static org.ganlab.models.stabilizers.Graphs.eval;
import static org.ganlab.models.stabilizers.Graphs.variable;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat64;

/** SAGAN's self-attention: identity at initialization, and a hand-computed two-position case. */
class SelfAttentionTest {
  @Test
  void startsAsTheIdentityWithNonZeroGradientForGamma() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Network<TFloat64> net = new Network<>(tf, "net", TFloat64.class, new Seeds(3));
      SelfAttention<TFloat64> a =
          new SelfAttention<>(net, "attention", 8, 4, Initializer.normal(1), true);
      Placeholder<TFloat64> x =
          tf.placeholder(TFloat64.class, Placeholder.shape(Shape.of(2, 3, 2, 8)));
      Operand<TFloat64> y = a.apply(x, Mode.TRAINING);
      Operand<TFloat64> dGamma =
          tf.gradients(
                  tf.sum(tf.math.square(y), tf.constant(new int[] {0, 1, 2, 3})),
                  List.of(a.gamma()))
              .dy(0);
      assertThat(net.trainableVariables())
          .extracting(v -> v.op().name())
          .containsExactly(
              "net/attention_f/kernel",
              "net/attention_g/kernel",
              "net/attention_h/kernel",
              "net/attention_v/kernel",
              "net/attention/gamma");
      // Spectral norm on all four convolutions: four u vectors, four updates in TRAINING.
      assertThat(net.statisticUpdates()).hasSize(4);
      double[] xv = new double[2 * 3 * 2 * 8];
      Random r = new Random(5);
      for (int i = 0; i < xv.length; i++) {
        xv[i] = r.nextGaussian();
      }
      try (Session s = new Session(g)) {
        s.initialize();
        assertThat(eval(s, y, Map.of(x, xv))).containsExactly(xv);
        assertThat(Math.abs(eval(s, dGamma, Map.of(x, xv))[0])).isGreaterThan(1e-3);
      }
    }
  }

  @Test
  void attentionMapAndOutputMatchHandComputation() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Network<TFloat64> net = new Network<>(tf, "net", TFloat64.class, new Seeds(1));
      // C = 2, k = 2: f, g, h map 2 channels to 1, v maps 1 back to 2.
      SelfAttention<TFloat64> a =
          new SelfAttention<>(net, "attention", 2, 2, Initializer.zeros(), false);
      // One example, 1x2 positions: x_0 = (1, 0), x_1 = (0, 1).
      Placeholder<TFloat64> x =
          tf.placeholder(TFloat64.class, Placeholder.shape(Shape.of(1, 1, 2, 2)));
      Operand<TFloat64> map = a.attentionMap(x, Mode.INFERENCE);
      Operand<TFloat64> y = a.apply(x, Mode.INFERENCE);
      try (Session s = new Session(g)) {
        s.initialize();
        s.run(assign(tf, variable(net, "net/attention_f/kernel"), 1, 2)); // f(x_0)=1, f(x_1)=2
        s.run(assign(tf, variable(net, "net/attention_g/kernel"), 1, -1)); // g(x_0)=1, g(x_1)=-1
        s.run(assign(tf, variable(net, "net/attention_h/kernel"), 3, 5)); // h(x_0)=3, h(x_1)=5
        s.run(assign(tf, variable(net, "net/attention_v/kernel"), 1, -1)); // v(t) = (t, -t)
        s.run(assign(tf, a.gamma(), 0.5));
        double[] xv = {1, 0, 0, 1};
        // s_ij = f(x_i) g(x_j). Row j = 0 (g = 1): softmax(1, 2) = (1, e) / (1 + e);
        // row j = 1 (g = -1): softmax(-1, -2) = (e, 1) / (1 + e).
        double e = Math.E;
        double lo = 1 / (1 + e); // 0.2689414...
        double hi = e / (1 + e); // 0.7310585...
        assertThat(eval(s, map, Map.of(x, xv)))
            .containsExactly(new double[] {lo, hi, hi, lo}, within(1e-12));
        // o_0 = v(3 lo + 5 hi) = v(4.4621171...), o_1 = v(3 hi + 5 lo) = v(3.5378828...);
        // y = x + 0.5 o.
        double o0 = 3 * lo + 5 * hi;
        double o1 = 3 * hi + 5 * lo;
        assertThat(eval(s, y, Map.of(x, xv)))
            .containsExactly(
                new double[] {1 + 0.5 * o0, -0.5 * o0, 0.5 * o1, 1 - 0.5 * o1}, within(1e-12));
      }
    }
  }

  @Test
  void rejectsInputWithoutStaticSpatialShapeAndTooLargeReduction() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Network<TFloat64> net = new Network<>(tf, "net", TFloat64.class, new Seeds(1));
      SelfAttention<TFloat64> a = new SelfAttention<>(net, "a", 8, Initializer.zeros(), false);
      Placeholder<TFloat64> x =
          tf.placeholder(TFloat64.class, Placeholder.shape(Shape.of(-1, -1, 4, 8)));
      assertThatThrownBy(() -> a.apply(x, Mode.INFERENCE)).hasMessageContaining("static height");
      assertThatThrownBy(() -> new SelfAttention<>(net, "b", 4, Initializer.zeros(), false))
          .hasMessageContaining("reduction");
    }
  }
}
