package org.ganlab.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ganlab.core.nn.TfRun.eval;
import static org.ganlab.core.nn.TfRun.feeds;

import java.util.List;
import java.util.Random;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt64;

/** Forward values of the layers against hand computation on tiny inputs (float64). */
class LayerForwardTest {
  private static final double EPS = 1e-5;

  private Graph graph;
  private Ops tf;
  private Network<TFloat64> net;

  @BeforeEach
  void setUp() {
    graph = new Graph();
    tf = Ops.create(graph);
    net = new Network<>(tf, "net", TFloat64.class, new Seeds(1));
  }

  @AfterEach
  void tearDown() {
    graph.close();
  }

  private Placeholder<TFloat64> input(long... shape) {
    return tf.placeholder(TFloat64.class, Placeholder.shape(Shape.of(shape)));
  }

  private static double[] range(int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = i + 1;
    }
    return v;
  }

  private static double[] gaussian(int n, long seed) {
    Random r = new Random(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = r.nextGaussian();
    }
    return v;
  }

  // ---------------------------------------------------------------- dense

  @Test
  void denseIsXTimesWPlusB() {
    Placeholder<TFloat64> x = input(2, 3);
    Dense<TFloat64> d = new Dense<>(net, "dense", 3, 2, Initializer.zeros());
    Operand<TFloat64> y = d.apply(x, Mode.TRAINING);
    try (Session s = new Session(graph)) {
      s.initialize();
      s.run(TfRun.assign(tf, d.kernel(), 1, 2, 3, 4, 5, 6)); // [[1,2],[3,4],[5,6]]
      s.run(TfRun.assign(tf, d.bias(), 0.5, -1));
      double[] out = eval(s, y, feeds(x, new double[] {1, 0, -1, 2, 1, 0.5}));
      // [1,0,-1] W = [1-5, 2-6] = [-4,-4]; [2,1,0.5] W = [2+3+2.5, 4+4+3] = [7.5, 11]
      assertThat(out).containsExactly(-3.5, -5, 8, 10);
    }
  }

  // ---------------------------------------------------------------- conv

  @Test
  void conv2dWithAllOnesKernelSumsTheSamePaddedNeighbourhood() {
    Placeholder<TFloat64> x = input(1, 3, 3, 1);
    Conv2d<TFloat64> c = new Conv2d<>(net, "conv", 1, 1, 3, 1, Initializer.constant(1), false);
    Operand<TFloat64> y = c.apply(x, Mode.TRAINING);
    assertThat(y.shape()).isEqualTo(Shape.of(1, 3, 3, 1));
    try (Session s = new Session(graph)) {
      s.initialize();
      double[] out = eval(s, y, feeds(x, range(9)));
      assertThat(out).containsExactly(12, 21, 16, 27, 45, 33, 24, 39, 28);
    }
  }

  @Test
  void conv2dIsCrossCorrelationNotFlippedConvolution() {
    Placeholder<TFloat64> x = input(1, 3, 3, 1);
    Conv2d<TFloat64> c = new Conv2d<>(net, "conv", 1, 1, 3, 1, Initializer.zeros(), true);
    Operand<TFloat64> y = c.apply(x, Mode.TRAINING);
    try (Session s = new Session(graph)) {
      s.initialize();
      // kernel[0][0] = 1: y[i][j] = x[i-1][j-1] (zero outside), plus the bias 10.
      s.run(TfRun.assign(tf, c.kernel(), 1, 0, 0, 0, 0, 0, 0, 0, 0));
      s.run(tf.assign(graphVar("net/conv/bias"), tf.constant(new double[] {10})));
      double[] out = eval(s, y, feeds(x, range(9)));
      assertThat(out).containsExactly(10, 10, 10, 10, 11, 12, 10, 14, 15);
    }
  }

  @SuppressWarnings("unchecked")
  private Variable<TFloat64> graphVar(String name) {
    return net.allVariables().stream()
        .filter(v -> v.op().name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void conv2dMatchesAReferenceImplementationAtStride1And2() {
    for (int stride : new int[] {1, 2}) {
      for (int k : new int[] {3, 4}) {
        try (Graph g = new Graph()) {
          Ops t = Ops.create(g);
          Network<TFloat64> n = new Network<>(t, "net", TFloat64.class, new Seeds(3));
          long[] xs = {2, 5, 5, 2};
          Placeholder<TFloat64> x = t.placeholder(TFloat64.class, Placeholder.shape(Shape.of(xs)));
          Conv2d<TFloat64> c =
              new Conv2d<>(n, "conv", 2, 3, k, stride, Initializer.normal(1), false);
          Operand<TFloat64> y = c.apply(x, Mode.TRAINING);
          int out = (5 + stride - 1) / stride;
          assertThat(y.shape()).isEqualTo(Shape.of(2, out, out, 3));
          try (Session s = new Session(g)) {
            s.initialize();
            double[] kernel = eval(s, c.kernel());
            double[] xv = gaussian(2 * 5 * 5 * 2, 11);
            double[] expected = Reference.conv2dSame(xv, 2, 5, 5, 2, kernel, k, 3, stride);
            assertThat(eval(s, y, feeds(x, xv)))
                .as("stride %d kernel %d", stride, k)
                .containsExactly(expected, within(1e-12));
          }
        }
      }
    }
  }

  @Test
  void conv2dTransposeMatchesAReferenceScatterAndUpsamples() {
    for (int stride : new int[] {1, 2}) {
      for (int k : new int[] {3, 4}) {
        try (Graph g = new Graph()) {
          Ops t = Ops.create(g);
          Network<TFloat64> n = new Network<>(t, "net", TFloat64.class, new Seeds(3));
          Placeholder<TFloat64> x =
              t.placeholder(
                  TFloat64.class, Placeholder.shape(Shape.of(-1, 3, 3, 2))); // dynamic batch
          Conv2dTranspose<TFloat64> c =
              new Conv2dTranspose<>(n, "deconv", 2, 3, k, stride, Initializer.normal(1), false);
          Operand<TFloat64> y = c.apply(x, Mode.TRAINING);
          assertThat(y.shape().size(1)).isEqualTo(3L * stride);
          assertThat(y.shape().size(3)).isEqualTo(3);
          try (Session s = new Session(g)) {
            s.initialize();
            double[] kernel = eval(s, c.kernel());
            double[] xv = gaussian(2 * 3 * 3 * 2, 12);
            // the batch is dynamic: a 2-example batch through a [-1, 3, 3, 2] input
            double[] expected = Reference.conv2dTransposeSame(xv, 2, 3, 3, 2, kernel, k, 3, stride);
            double[] got = eval(s, y, feeds(x, xv));
            assertThat(got)
                .as("stride %d kernel %d", stride, k)
                .containsExactly(expected, within(1e-12));
          }
        }
      }
    }
  }

  @Test
  void conv2dTransposeIsTheAdjointOfConv2d() {
    // <conv(u), v> == <u, convT(v)> for the same kernel: the defining property.
    Placeholder<TFloat64> u = input(1, 4, 4, 2);
    Placeholder<TFloat64> v = input(1, 2, 2, 3);
    Conv2d<TFloat64> conv = new Conv2d<>(net, "conv", 2, 3, 3, 2, Initializer.normal(1), false);
    Conv2dTranspose<TFloat64> deconv =
        new Conv2dTranspose<>(net, "deconv", 3, 2, 3, 2, Initializer.zeros(), false);
    Operand<TFloat64> lhs =
        tf.sum(tf.math.mul(conv.apply(u, Mode.TRAINING), v), tf.constant(new int[] {0, 1, 2, 3}));
    Operand<TFloat64> rhs =
        tf.sum(tf.math.mul(u, deconv.apply(v, Mode.TRAINING)), tf.constant(new int[] {0, 1, 2, 3}));
    try (Session s = new Session(graph)) {
      s.initialize();
      // conv kernel [k, k, in=2, out=3]; the transposed kernel layout [k, k, out=2, in=3] is the
      // same array.
      s.run(tf.assign(deconv.kernel(), conv.kernel()));
      var f = feeds(u, gaussian(32, 1), v, gaussian(12, 2));
      double l = eval(s, lhs, f)[0];
      double r = eval(s, rhs, f)[0];
      assertThat(Math.abs(l)).isGreaterThan(0.1);
      assertThat(r).isCloseTo(l, within(1e-12));
    }
  }

  // ---------------------------------------------------------------- normalization

  @Test
  void batchNormTrainingStandardizesPerChannelAndUpdatesMovingStatistics() {
    Placeholder<TFloat64> x = input(4, 2);
    BatchNorm<TFloat64> bn = new BatchNorm<>(net, "bn", 2);
    Operand<TFloat64> train = bn.apply(x, Mode.TRAINING);
    assertThat(net.statisticUpdates()).hasSize(2);
    Operand<TFloat64> infer = bn.apply(x, Mode.INFERENCE);
    assertThat(net.statisticUpdates()).hasSize(2);
    // channel 0: 1, 2, 3, 6 -> mean 3, biased var (4+1+0+9)/4 = 3.5
    // channel 1: 10, 10, 20, 40 -> mean 20, biased var (100+100+0+400)/4 = 150
    double[] xv = {1, 10, 2, 10, 3, 20, 6, 40};
    double[] mean = {3, 20};
    double[] var = {3.5, 150};
    try (Session s = new Session(graph)) {
      s.initialize();
      double[] out = eval(s, train, feeds(x, xv));
      for (int i = 0; i < 8; i++) {
        int c = i % 2;
        assertThat(out[i]).isCloseTo((xv[i] - mean[c]) / Math.sqrt(var[c] + EPS), within(1e-12));
      }
      for (int c = 0; c < 2; c++) {
        double m = 0;
        double v = 0;
        for (int b = 0; b < 4; b++) {
          m += out[b * 2 + c] / 4;
        }
        for (int b = 0; b < 4; b++) {
          v += Math.pow(out[b * 2 + c] - m, 2) / 4;
        }
        assertThat(m).isCloseTo(0, within(1e-12));
        assertThat(v).isCloseTo(var[c] / (var[c] + EPS), within(1e-12));
      }
      // Before any update, inference uses mean 0 / var 1.
      assertThat(eval(s, infer, feeds(x, xv))[0]).isCloseTo(1 / Math.sqrt(1 + EPS), within(1e-12));

      // One TRAINING update: moving = 0.9 * old + 0.1 * batch.
      try (var fx =
          TFloat64.tensorOf(Shape.of(4, 2), org.tensorflow.ndarray.buffer.DataBuffers.of(xv))) {
        Session.Runner r = s.runner().feed(x, fx);
        net.statisticUpdates().forEach(r::addTarget);
        r.run();
      }
      double[] mm = eval(s, bn.movingMean());
      double[] mv = eval(s, bn.movingVariance());
      assertThat(mm).containsExactly(new double[] {0.1 * 3, 0.1 * 20}, within(1e-12));
      assertThat(mv)
          .containsExactly(new double[] {0.9 + 0.1 * 3.5, 0.9 + 0.1 * 150}, within(1e-12));

      // Inference now uses the moving statistics.
      double[] inf = eval(s, infer, feeds(x, xv));
      for (int i = 0; i < 8; i++) {
        int c = i % 2;
        assertThat(inf[i]).isCloseTo((xv[i] - mm[c]) / Math.sqrt(mv[c] + EPS), within(1e-12));
      }
    }
  }

  @Test
  void batchNormWithoutUpdatesRegistersNoStatisticUpdate() {
    Placeholder<TFloat64> x = input(3, 2, 2, 4);
    BatchNorm<TFloat64> bn = new BatchNorm<>(net, "bn", 4);
    bn.apply(x, Mode.TRAINING_WITHOUT_UPDATES);
    bn.apply(x, Mode.INFERENCE);
    assertThat(net.statisticUpdates()).isEmpty();
    assertThat(net.trainableVariables())
        .extracting(v -> v.op().name())
        .containsExactly("net/bn/gamma", "net/bn/beta");
    assertThat(net.nonTrainableVariables())
        .extracting(v -> v.op().name())
        .containsExactly("net/bn/moving_mean", "net/bn/moving_variance");
  }

  @Test
  void batchNormOnImagesUsesGammaAndBetaPerChannel() {
    Placeholder<TFloat64> x = input(2, 2, 2, 2);
    BatchNorm<TFloat64> bn = new BatchNorm<>(net, "bn", 2, 0.5, 1e-3);
    Operand<TFloat64> y = bn.apply(x, Mode.TRAINING);
    double[] xv = gaussian(16, 5);
    try (Session s = new Session(graph)) {
      s.initialize();
      s.run(tf.assign(graphVar("net/bn/gamma"), tf.constant(new double[] {2, -1})));
      s.run(tf.assign(graphVar("net/bn/beta"), tf.constant(new double[] {0.5, 3})));
      double[] out = eval(s, y, feeds(x, xv));
      for (int c = 0; c < 2; c++) {
        double m = 0;
        double v = 0;
        for (int i = c; i < 16; i += 2) {
          m += xv[i] / 8;
        }
        for (int i = c; i < 16; i += 2) {
          v += (xv[i] - m) * (xv[i] - m) / 8;
        }
        double gamma = c == 0 ? 2 : -1;
        double beta = c == 0 ? 0.5 : 3;
        for (int i = c; i < 16; i += 2) {
          assertThat(out[i])
              .isCloseTo((xv[i] - m) / Math.sqrt(v + 1e-3) * gamma + beta, within(1e-12));
        }
      }
      // momentum 0.5: moving = 0.5 old + 0.5 batch
      Session.Runner r = s.runner();
      net.statisticUpdates().forEach(r::addTarget);
      try (var fx =
          TFloat64.tensorOf(
              Shape.of(2, 2, 2, 2), org.tensorflow.ndarray.buffer.DataBuffers.of(xv))) {
        r.feed(x, fx).run();
      }
      double m0 = 0;
      for (int i = 0; i < 16; i += 2) {
        m0 += xv[i] / 8;
      }
      assertThat(eval(s, bn.movingMean())[0]).isCloseTo(0.5 * m0, within(1e-12));
    }
  }

  @Test
  void layerNormStandardizesEachExampleOverAllItsAxes() {
    Placeholder<TFloat64> x = input(2, 2, 2, 3);
    Operand<TFloat64> y = new LayerNorm<>(net, "ln", 3).apply(x, Mode.TRAINING);
    double[] xv = gaussian(24, 8);
    for (int i = 12; i < 24; i++) {
      xv[i] = 5 + 3 * xv[i]; // second example on another scale
    }
    try (Session s = new Session(graph)) {
      s.initialize();
      double[] out = eval(s, y, feeds(x, xv));
      for (int b = 0; b < 2; b++) {
        double[] mv = meanVar(xv, b * 12, 12, 1);
        double[] ov = meanVar(out, b * 12, 12, 1);
        assertThat(ov[0]).isCloseTo(0, within(1e-12));
        assertThat(ov[1]).isCloseTo(mv[1] / (mv[1] + EPS), within(1e-12));
        assertThat(out[b * 12 + 4])
            .isCloseTo((xv[b * 12 + 4] - mv[0]) / Math.sqrt(mv[1] + EPS), within(1e-12));
      }
    }
  }

  @Test
  void instanceNormStandardizesEachExampleAndChannelOverHeightAndWidth() {
    Placeholder<TFloat64> x = input(2, 3, 3, 2);
    Operand<TFloat64> y = new InstanceNorm<>(net, "in", 2).apply(x, Mode.TRAINING);
    double[] xv = gaussian(36, 9);
    for (int i = 0; i < 36; i += 2) {
      xv[i] = 10 * xv[i] - 4; // channel 0 on another scale
    }
    try (Session s = new Session(graph)) {
      s.initialize();
      double[] out = eval(s, y, feeds(x, xv));
      for (int b = 0; b < 2; b++) {
        for (int c = 0; c < 2; c++) {
          double[] mv = meanVar(xv, b * 18 + c, 9, 2);
          double[] ov = meanVar(out, b * 18 + c, 9, 2);
          assertThat(ov[0]).isCloseTo(0, within(1e-12));
          assertThat(ov[1]).isCloseTo(mv[1] / (mv[1] + EPS), within(1e-12));
        }
      }
    }
    assertThatThrownBy(() -> new InstanceNorm<>(net, "in2", 2).apply(input(2, 2), Mode.TRAINING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NHWC");
  }

  /** Mean and biased variance of n values starting at {@code start}, every {@code step}-th. */
  private static double[] meanVar(double[] v, int start, int n, int step) {
    double m = 0;
    for (int i = 0; i < n; i++) {
      m += v[start + i * step] / n;
    }
    double var = 0;
    for (int i = 0; i < n; i++) {
      var += Math.pow(v[start + i * step] - m, 2) / n;
    }
    return new double[] {m, var};
  }

  // ---------------------------------------------------------------- activations

  @Test
  void activations() {
    Placeholder<TFloat64> x = input(5);
    double[] xv = {-2, -0.5, 0, 0.5, 3};
    Operand<TFloat64> lrelu = Activations.<TFloat64>leakyRelu(tf, 0.2).apply(x, Mode.TRAINING);
    Operand<TFloat64> relu = Activations.<TFloat64>relu(tf).apply(x, Mode.TRAINING);
    Operand<TFloat64> tanh = Activations.<TFloat64>tanh(tf).apply(x, Mode.TRAINING);
    Operand<TFloat64> sigm = Activations.<TFloat64>sigmoid(tf).apply(x, Mode.TRAINING);
    try (Session s = new Session(graph)) {
      assertThat(eval(s, lrelu, feeds(x, xv)))
          .containsExactly(new double[] {-0.4, -0.1, 0, 0.5, 3}, within(1e-7));
      assertThat(eval(s, relu, feeds(x, xv))).containsExactly(0, 0, 0, 0.5, 3);
      double[] t = eval(s, tanh, feeds(x, xv));
      double[] g = eval(s, sigm, feeds(x, xv));
      for (int i = 0; i < 5; i++) {
        assertThat(t[i]).isCloseTo(Math.tanh(xv[i]), within(1e-15));
        assertThat(g[i]).isCloseTo(1 / (1 + Math.exp(-xv[i])), within(1e-15));
      }
    }
  }

  // ---------------------------------------------------------------- dropout

  @Test
  void dropoutKeepsAboutOneMinusRateAndScalesTheKeptUnits() {
    Placeholder<TFloat64> x = input(100, 100);
    Placeholder<TInt64> seed = tf.placeholder(TInt64.class, Placeholder.shape(Shape.of(2)));
    Dropout<TFloat64> d = new Dropout<>(tf, 0.25, seed);
    Operand<TFloat64> y = d.apply(x, Mode.TRAINING);
    assertThat(d.apply(x, Mode.INFERENCE)).isSameAs(x);
    double[] ones = new double[10000];
    java.util.Arrays.fill(ones, 1);
    try (Session s = new Session(graph)) {
      double[] a = run(s, y, x, ones, seed, 1, 2);
      double[] a2 = run(s, y, x, ones, seed, 1, 2);
      double[] b = run(s, y, x, ones, seed, 1, 3);
      int kept = 0;
      int other = 0;
      for (double v : a) {
        if (v == 1 / 0.75) {
          kept++;
        } else if (v != 0) {
          other++;
        }
      }
      assertThat(other).as("values other than 0 and 1/(1-rate)").isZero();
      assertThat(kept / 10000.0).isCloseTo(0.75, within(0.02));
      assertThat(java.util.Arrays.equals(a2, a)).as("same seed, same mask").isTrue();
      assertThat(java.util.Arrays.equals(b, a)).as("other seed, other mask").isFalse();
      // E[y] = x: the inverted-dropout scaling keeps the mean.
      double mean = java.util.Arrays.stream(a).average().orElseThrow();
      assertThat(mean).isCloseTo(1, within(0.03));
    }
    assertThatThrownBy(() -> new Dropout<TFloat64>(tf, 1.0, seed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[0, 1)");
    assertThat(new Dropout<TFloat64>(tf, 0, seed).apply(x, Mode.TRAINING)).isSameAs(x);
  }

  private static double[] run(
      Session s,
      Operand<TFloat64> y,
      Placeholder<TFloat64> x,
      double[] xv,
      Placeholder<TInt64> seed,
      long s0,
      long s1) {
    try (TInt64 sd = TInt64.vectorOf(s0, s1);
        TFloat64 xt =
            TFloat64.tensorOf(x.shape(), org.tensorflow.ndarray.buffer.DataBuffers.of(xv))) {
      try (var res = s.runner().feed(x, xt).feed(seed, sd).fetch(y).run()) {
        TFloat64 t = (TFloat64) res.get(0);
        double[] out = new double[(int) t.shape().size()];
        t.asRawTensor().data().asDoubles().read(out);
        return out;
      }
    }
  }

  // ---------------------------------------------------------------- embedding, reshape

  @Test
  void embeddingReturnsTheTableRowsOfTheLabels() {
    Embedding<TFloat64> e = new Embedding<>(net, "emb", 3, 2, Initializer.zeros());
    Operand<TFloat64> y = e.apply(tf.constant(new int[] {2, 0, 2, 1}));
    assertThat(y.shape()).isEqualTo(Shape.of(4, 2));
    try (Session s = new Session(graph)) {
      s.initialize();
      s.run(TfRun.assign(tf, e.table(), 1, 2, 3, 4, 5, 6));
      assertThat(eval(s, y)).containsExactly(5, 6, 1, 2, 5, 6, 3, 4);
    }
  }

  @Test
  void reshapeAndFlattenKeepTheBatchAndTheValues() {
    Placeholder<TFloat64> x = input(-1, 2, 3, 2);
    Operand<TFloat64> flat = Reshape.<TFloat64>flatten(tf).apply(x, Mode.TRAINING);
    assertThat(flat.shape().asArray()).containsExactly(-1, 12);
    Operand<TFloat64> back = new Reshape<TFloat64>(tf, 3, 4).apply(flat, Mode.TRAINING);
    assertThat(back.shape().asArray()).containsExactly(-1, 3, 4);
    try (Session s = new Session(graph)) {
      double[] xv = range(24);
      assertThat(eval(s, back, feeds(x, xv))).containsExactly(xv);
    }
  }

  // ---------------------------------------------------------------- network, sequential

  @Test
  void networkNamesVariablesByScopeAndCountsParameters() {
    new Dense<>(net, "d0", 4, 3, Initializer.glorotUniform());
    new BatchNorm<>(net, "bn", 3);
    new Conv2d<>(net, "c", 2, 5, 3, 1, Initializer.normal(0.02), false);
    assertThat(net.trainableVariables())
        .extracting(v -> v.op().name())
        .containsExactly(
            "net/d0/kernel", "net/d0/bias", "net/bn/gamma", "net/bn/beta", "net/c/kernel");
    assertThat(net.allVariables())
        .extracting(v -> v.op().name())
        .containsExactly(
            "net/d0/kernel",
            "net/d0/bias",
            "net/bn/gamma",
            "net/bn/beta",
            "net/c/kernel",
            "net/bn/moving_mean",
            "net/bn/moving_variance");
    assertThat(net.parameterCount()).isEqualTo(4 * 3 + 3 + 3 + 3 + 3 * 3 * 2 * 5);
    assertThat(net.name()).isEqualTo("net");
    assertThat(net.dtype()).isEqualTo(TFloat64.class);
  }

  @Test
  void sequentialAppliesLayersInOrder() {
    Placeholder<TFloat64> x = input(1, 2);
    Layer<TFloat64> plusOne = (in, mode) -> tf.math.add(in, tf.constant(1.0));
    Layer<TFloat64> timesTwo = (in, mode) -> tf.math.mul(in, tf.constant(2.0));
    Sequential<TFloat64> s1 = new Sequential<>(List.of(plusOne, timesTwo));
    Sequential<TFloat64> s2 = new Sequential<>(List.of(timesTwo, plusOne));
    try (Session s = new Session(graph)) {
      assertThat(eval(s, s1.apply(x, Mode.TRAINING), feeds(x, new double[] {1, 2})))
          .containsExactly(4, 6);
      assertThat(eval(s, s2.apply(x, Mode.TRAINING), feeds(x, new double[] {1, 2})))
          .containsExactly(3, 5);
    }
    assertThat(s1.layers()).containsExactly(plusOne, timesTwo);
  }

  // ---------------------------------------------------------------- coordinate channels

  @Test
  void coordinateChannelsAppendColumnThenRowFromMinusOneToOne() {
    Placeholder<TFloat64> x =
        tf.placeholder(TFloat64.class, Placeholder.shape(Shape.of(-1, 2, 3, 1)));
    Operand<TFloat64> y = new CoordinateChannels<TFloat64>(tf).apply(x, Mode.TRAINING);
    assertThat(y.shape().asArray()).containsExactly(-1, 2, 3, 3);
    try (Session s = new Session(graph)) {
      // Two examples (dynamic batch), values 1..12; each pixel gets (value, column, row).
      double[] out = eval(s, y, feeds(x, range(12)));
      assertThat(out)
          .containsExactly(
              1, -1, -1, 2, 0, -1, 3, 1, -1, 4, -1, 1, 5, 0, 1, 6, 1, 1, 7, -1, -1, 8, 0, -1, 9, 1,
              -1, 10, -1, 1, 11, 0, 1, 12, 1, 1);
    }
    assertThatThrownBy(() -> new CoordinateChannels<TFloat64>(tf).apply(input(2, 3), Mode.TRAINING))
        .hasMessageContaining("NHWC");
  }

  // ---------------------------------------------------------------- width mixing

  @Test
  void widthMixingIsARowTimesWPerRowAndChannel() {
    Placeholder<TFloat64> x = input(1, 2, 3, 2);
    WidthMixing<TFloat64> m = new WidthMixing<>(net, "mix", 3, Initializer.zeros());
    Operand<TFloat64> y = m.apply(x, Mode.TRAINING);
    try (Session s = new Session(graph)) {
      s.initialize();
      // The mirror permutation: column k takes column 2 - k.
      s.run(TfRun.assign(tf, m.kernel(), 0, 0, 1, 0, 1, 0, 1, 0, 0));
      // NHWC values 1..12: row 0 = (1,2) (3,4) (5,6), row 1 = (7,8) (9,10) (11,12).
      double[] mirrored = eval(s, y, feeds(x, range(12)));
      assertThat(mirrored).containsExactly(5, 6, 3, 4, 1, 2, 11, 12, 9, 10, 7, 8);
      // A general W: y[k] = sum_j x[j] W[j][k] per row and channel.
      s.run(TfRun.assign(tf, m.kernel(), 1, 2, 0, 0, 1, 0, 0, 0, -1));
      double[] out = eval(s, y, feeds(x, range(12)));
      // Row 0, channel 0: x = (1, 3, 5) -> (1, 2 + 3, -5); channel 1: (2, 4, 6) -> (2, 8, -6).
      assertThat(out).containsExactly(1, 2, 5, 8, -5, -6, 7, 8, 23, 26, -11, -12);
    }
    assertThatThrownBy(() -> m.apply(input(1, 2, 4, 1), Mode.TRAINING))
        .hasMessageContaining("width 3");
  }
}
