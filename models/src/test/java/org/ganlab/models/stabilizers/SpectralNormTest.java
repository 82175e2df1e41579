package org.ganlab.models.stabilizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ganlab.models.stabilizers.Graphs.assign;
import static org.ganlab.models.stabilizers.Graphs.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ganlab.core.checkpoint.Checkpointer;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat64;

/**
 * Spectral normalization against hand-computed power iterations on K = [[3, 0], [4, 5]] ([in, out]
 * layout). K^T K = [[25, 20], [20, 25]] has eigenvalues 45 and 5, so the largest singular value is
 * sqrt(45) = 3 sqrt(5) = 6.7082039..., with right singular vector (1, 1) / sqrt(2).
 */
class SpectralNormTest {
  private static final double[] K = {3, 0, 4, 5};

  /** The 1e-12 added to each norm before dividing moves results by a few 1e-12. */
  private static final double TOL = 1e-10;

  /** A dense layer without bias on K with u = (1, 0), built into {@code g}. */
  private static SpectralNormDense<TFloat64> dense(Network<TFloat64> net) {
    return new SpectralNormDense<>(net, "dense", 2, 2, Initializer.zeros(), false, 1);
  }

  private static Network<TFloat64> network(Graph g) {
    return new Network<>(Ops.create(g), "net", TFloat64.class, new Seeds(1));
  }

  @Test
  void oneIterationGivesTheHandComputedSigmaWeightAndU() {
    try (Graph g = new Graph()) {
      Network<TFloat64> net = network(g);
      Ops tf = Ops.create(g);
      SpectralNormDense<TFloat64> d = dense(net);
      Placeholder<TFloat64> x = tf.placeholder(TFloat64.class, Placeholder.shape(Shape.of(1, 2)));
      Operand<TFloat64> inference = d.apply(x, Mode.INFERENCE);
      assertThat(net.statisticUpdates()).isEmpty();
      Operand<TFloat64> training = d.apply(x, Mode.TRAINING);
      d.apply(x, Mode.TRAINING);
      d.apply(x, Mode.TRAINING_WITHOUT_UPDATES);
      assertThat(net.statisticUpdates()).hasSize(1);
      assertThat(net.trainableVariables())
          .extracting(v -> v.op().name())
          .containsExactly("net/dense/kernel");
      assertThat(net.nonTrainableVariables())
          .extracting(v -> v.op().name())
          .containsExactly("net/dense/u");
      try (Session s = new Session(g)) {
        s.initialize();
        s.run(assign(tf, d.kernel(), K));
        s.run(assign(tf, d.spectralNorm().u(), 1, 0));
        // K u = (3, 4) -> v = (0.6, 0.8); K^T v = (5, 4) -> u' = (5, 4) / sqrt(41);
        // sigma = v^T K u' = |K^T v| = sqrt(41).
        double s41 = Math.sqrt(41);
        assertThat(eval(s, d.spectralNorm().sigma())[0]).isCloseTo(s41, within(TOL));
        // x K / sigma for x = (1, 1): (3 + 4, 0 + 5) / sqrt(41).
        Map<Operand<TFloat64>, double[]> feed = Map.of(x, new double[] {1, 1});
        assertThat(eval(s, inference, feed))
            .containsExactly(new double[] {7 / s41, 5 / s41}, within(TOL));
        assertThat(eval(s, training, feed)).containsExactly(eval(s, inference, feed));
        // Evaluating does not move u; only the registered update does.
        assertThat(eval(s, d.spectralNorm().u())).containsExactly(1, 0);
        Graphs.run(s, net.statisticUpdates());
        assertThat(eval(s, d.spectralNorm().u()))
            .containsExactly(new double[] {5 / s41, 4 / s41}, within(TOL));
        // Second iteration from u': K u' = (15, 40) / sqrt(41) -> v = (3, 8) / sqrt(73);
        // K^T v = (41, 40) / sqrt(73) -> sigma = sqrt(41^2 + 40^2) / sqrt(73) = sqrt(3281 / 73).
        assertThat(eval(s, d.spectralNorm().sigma())[0])
            .isCloseTo(Math.sqrt(3281.0 / 73), within(TOL));
        for (int i = 0; i < 30; i++) {
          Graphs.run(s, net.statisticUpdates());
        }
        assertThat(eval(s, d.spectralNorm().sigma())[0]).isCloseTo(Math.sqrt(45), within(1e-9));
        double r = Math.sqrt(0.5);
        assertThat(eval(s, d.spectralNorm().u()))
            .containsExactly(new double[] {r, r}, within(1e-6));
      }
    }
  }

  @Test
  void sigmaGradientIsVTimesUTransposed() {
    try (Graph g = new Graph()) {
      Network<TFloat64> net = network(g);
      Ops tf = Ops.create(g);
      SpectralNormDense<TFloat64> d = dense(net);
      Operand<TFloat64> grad = tf.gradients(d.spectralNorm().sigma(), List.of(d.kernel())).dy(0);
      try (Session s = new Session(g)) {
        s.initialize();
        s.run(assign(tf, d.kernel(), K));
        s.run(assign(tf, d.spectralNorm().u(), 1, 0));
        // u and v are constants: d(v^T K u')/dK[i][o] = v[i] u'[o], v = (0.6, 0.8),
        // u' = (5, 4) / sqrt(41).
        double s41 = Math.sqrt(41);
        assertThat(eval(s, grad))
            .containsExactly(
                new double[] {0.6 * 5 / s41, 0.6 * 4 / s41, 0.8 * 5 / s41, 0.8 * 4 / s41},
                within(TOL));
      }
    }
  }

  @Test
  void convolutionDividesByTheNormOfARankOneKernel() {
    try (Graph g = new Graph()) {
      Network<TFloat64> net = network(g);
      Ops tf = Ops.create(g);
      SpectralNormConv2d<TFloat64> c =
          new SpectralNormConv2d<>(net, "conv", 1, 1, 2, 1, Initializer.zeros(), false);
      Placeholder<TFloat64> x =
          tf.placeholder(TFloat64.class, Placeholder.shape(Shape.of(1, 2, 2, 1)));
      Operand<TFloat64> y = c.apply(x, Mode.INFERENCE);
      try (Session s = new Session(g)) {
        s.initialize();
        s.run(assign(tf, c.kernel(), 1, 2, 2, 4));
        // The [2, 2, 1, 1] kernel is the 4x1 matrix (1, 2, 2, 4)^T: one singular value,
        // |(1, 2, 2, 4)| = sqrt(25) = 5, whatever u (a scalar) starts at.
        assertThat(eval(s, c.spectralNorm().sigma())[0]).isCloseTo(5, within(TOL));
        // SAME padding of a 2x2 kernel on 2x2 pads one row and column after: on [[1, 2], [3, 4]]
        // y[0][0] = 1*1 + 2*2 + 3*2 + 4*4 = 27, y[0][1] = 2*1 + 4*2 = 10,
        // y[1][0] = 3*1 + 4*2 = 11, y[1][1] = 4*1 = 4; each divided by 5.
        assertThat(eval(s, y, Map.of(x, new double[] {1, 2, 3, 4})))
            .containsExactly(new double[] {5.4, 2, 2.2, 0.8}, within(TOL));
      }
    }
  }

  @Test
  void uIsCheckpointedAndRestoredBitForBit(@TempDir Path dir) {
    double[] u;
    double[] sigma;
    try (Graph g = new Graph()) {
      Network<TFloat64> net = network(g);
      SpectralNormDense<TFloat64> d =
          new SpectralNormDense<>(net, "dense", 3, 2, Initializer.normal(1));
      d.apply(
          Ops.create(g).zeros(Ops.create(g).constant(new long[] {1, 3}), TFloat64.class),
          Mode.TRAINING);
      Checkpointer ckpt = new Checkpointer(g);
      assertThat(ckpt.variableNames()).contains("net/dense/u");
      try (Session s = new Session(g)) {
        s.initialize();
        double[] initial = eval(s, d.spectralNorm().u());
        Graphs.run(s, net.statisticUpdates());
        Graphs.run(s, net.statisticUpdates());
        u = eval(s, d.spectralNorm().u());
        sigma = eval(s, d.spectralNorm().sigma());
        assertThat(u).isNotEqualTo(initial);
        ckpt.save(s, dir.resolve("step-000002"));
      }
    }
    try (Graph g = new Graph()) {
      // Another root seed: u starts elsewhere, and the restore must bring back the saved one.
      Network<TFloat64> net = new Network<>(Ops.create(g), "net", TFloat64.class, new Seeds(2));
      SpectralNormDense<TFloat64> d =
          new SpectralNormDense<>(net, "dense", 3, 2, Initializer.normal(1));
      Checkpointer ckpt = new Checkpointer(g);
      try (Session s = new Session(g)) {
        s.initialize();
        assertThat(eval(s, d.spectralNorm().u())).isNotEqualTo(u);
        ckpt.restore(s, dir.resolve("step-000002"));
        assertThat(eval(s, d.spectralNorm().u())).containsExactly(u);
        assertThat(eval(s, d.spectralNorm().sigma())).containsExactly(sigma);
      }
    }
  }

  @Test
  void rejectsZeroIterations() {
    try (Graph g = new Graph()) {
      Network<TFloat64> net = network(g);
      assertThatThrownBy(
              () -> new SpectralNormDense<>(net, "d", 2, 2, Initializer.zeros(), true, 0))
          .hasMessageContaining("iterations must be at least 1");
    }
  }
}
