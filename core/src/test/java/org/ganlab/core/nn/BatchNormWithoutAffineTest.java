package org.ganlab.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ganlab.core.nn.TfRun.eval;
import static org.ganlab.core.nn.TfRun.feeds;

import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat64;

/** Batch norm without its affine part standardizes only and owns no trainable variable. */
class BatchNormWithoutAffineTest {
  @Test
  void onlyStandardizes() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Network<TFloat64> net = new Network<>(tf, "net", TFloat64.class, new Seeds(1));
      Placeholder<TFloat64> x = tf.placeholder(TFloat64.class, Placeholder.shape(Shape.of(4, 1)));
      BatchNorm<TFloat64> bn = new BatchNorm<>(net, "bn", 1, 0.9, 0, false);
      Operand<TFloat64> y = bn.apply(x, Mode.TRAINING);
      assertThat(net.trainableVariables()).isEmpty();
      assertThat(net.nonTrainableVariables())
          .extracting(v -> v.op().name())
          .containsExactly("net/bn/moving_mean", "net/bn/moving_variance");
      assertThat(net.statisticUpdates()).hasSize(2);
      try (Session s = new Session(g)) {
        s.initialize();
        // 1, 3, 5, 7: mean 4, biased variance (9 + 1 + 1 + 9) / 4 = 5, epsilon 0.
        double[] out = eval(s, y, feeds(x, new double[] {1, 3, 5, 7}));
        double sd = Math.sqrt(5);
        assertThat(out)
            .containsExactly(new double[] {-3 / sd, -1 / sd, 1 / sd, 3 / sd}, within(1e-12));
      }
    }
  }
}
