package org.ganlab.models.stabilizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ganlab.models.stabilizers.Graphs.assign;
import static org.ganlab.models.stabilizers.Graphs.eval;

import java.util.List;
import java.util.Map;
import org.ganlab.core.nn.BatchNorm;
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

/** Conditional batch norm against hand-computed values on a batch of four, two classes. */
class ConditionalBatchNormTest {
  // x is [4, 2]: channel 0 = 1, 3, 5, 7 (mean 4, biased variance 5);
  // channel 1 = 0, 0, 4, 4 (mean 2, biased variance 4). Labels 0, 1, 0, 1.
  private static final double[] X = {1, 0, 3, 0, 5, 4, 7, 4};
  private static final int[] LABELS = {0, 1, 0, 1};

  @Test
  void scalesAndShiftsEachExampleByItsClass() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Network<TFloat64> net = new Network<>(tf, "net", TFloat64.class, new Seeds(1));
      ConditionalBatchNorm<TFloat64> cbn = new ConditionalBatchNorm<>(net, "cbn", 2, 2, 0.9, 0);
      Placeholder<TFloat64> x = tf.placeholder(TFloat64.class, Placeholder.shape(Shape.of(4, 2)));
      Operand<TFloat64> y = cbn.apply(x, tf.constant(LABELS), Mode.TRAINING);
      assertThat(net.trainableVariables())
          .extracting(v -> v.op().name())
          .containsExactly("net/cbn_gamma/table", "net/cbn_beta/table");
      assertThat(net.statisticUpdates()).hasSize(2);
      Operand<TFloat64> dBeta =
          tf.gradients(tf.sum(y, tf.constant(new int[] {0, 1})), List.of(cbn.beta().table())).dy(0);
      try (Session s = new Session(g)) {
        s.initialize();
        Map<Operand<TFloat64>, double[]> feed = Map.of(x, X);
        // At initialization (gamma 1, beta 0) it is plain batch norm:
        // channel 0 -> (-3, -1, 1, 3) / sqrt(5), channel 1 -> (-1, -1, 1, 1).
        double r5 = Math.sqrt(5);
        double[] plain = {-3 / r5, -1, -1 / r5, -1, 1 / r5, 1, 3 / r5, 1};
        assertThat(eval(s, y, feed)).containsExactly(plain, within(1e-12));

        s.run(assign(tf, cbn.gamma().table(), 2, 1, -1, 3)); // class 0: (2, 1); class 1: (-1, 3)
        s.run(assign(tf, cbn.beta().table(), 0.5, 0, 1, -2)); // class 0: (0.5, 0); 1: (1, -2)
        double[] expected = {
          2 * (-3 / r5) + 0.5,
          1 * -1 + 0, // example 0, class 0
          -1 * (-1 / r5) + 1,
          3 * -1 - 2, // example 1, class 1
          2 * (1 / r5) + 0.5,
          1 * 1 + 0, // example 2, class 0
          -1 * (3 / r5) + 1,
          3 * 1 - 2 // example 3, class 1
        };
        assertThat(eval(s, y, feed)).containsExactly(expected, within(1e-12));
        // d sum(y) / d beta[k][c] = number of examples of class k: two each.
        assertThat(eval(s, dBeta, feed)).containsExactly(2, 2, 2, 2);
      }
    }
  }

  @Test
  void broadcastsOverHeightAndWidthAndMatchesBatchNormAtInit() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Network<TFloat64> net = new Network<>(tf, "net", TFloat64.class, new Seeds(1));
      ConditionalBatchNorm<TFloat64> cbn = new ConditionalBatchNorm<>(net, "cbn", 2, 3);
      BatchNorm<TFloat64> bn = new BatchNorm<>(net, "bn", 2);
      Placeholder<TFloat64> x =
          tf.placeholder(TFloat64.class, Placeholder.shape(Shape.of(2, 2, 1, 2)));
      Operand<TFloat64> y = cbn.apply(x, tf.constant(new int[] {2, 0}), Mode.INFERENCE);
      Operand<TFloat64> plain = bn.apply(x, Mode.INFERENCE);
      try (Session s = new Session(g)) {
        s.initialize();
        double[] xv = {1, 2, 3, 4, 5, 6, 7, 8};
        Map<Operand<TFloat64>, double[]> feed = Map.of(x, xv);
        assertThat(eval(s, y, feed)).containsExactly(eval(s, plain, feed));
        // Class 2 (example 0) gets offset (10, 20), class 0 (example 1) none: inference uses the
        // moving statistics (mean 0, variance 1), so y = x / sqrt(1 + 1e-5) + offset.
        s.run(assign(tf, cbn.beta().table(), 0, 0, 0, 0, 10, 20));
        double k = 1 / Math.sqrt(1 + BatchNorm.DEFAULT_EPSILON);
        assertThat(eval(s, y, feed))
            .containsExactly(
                new double[] {
                  1 * k + 10, 2 * k + 20, 3 * k + 10, 4 * k + 20, 5 * k, 6 * k, 7 * k, 8 * k
                },
                within(1e-12));
      }
    }
  }
}
