package org.ganlab.core.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat64;

/**
 * Finite-difference checks of every layer's gradients (w.r.t. its input and every trainable
 * variable), in float64: central differences with h = 1e-5 agree with {@code tf.gradients} to about
 * 1e-10 relative, so 1e-6 leaves a wide margin while still catching any wrong formula.
 */
class LayerGradientTest {
  private static final double TOL = 1e-6;

  private static void assertGradientsMatch(
      long[] shape, GradientCheck.Builder b, String... expectedNames) {
    double[] x =
        shape == null ? null : GradientCheck.randomInput((int) product(shape), 7, 1.0, 0.05);
    List<GradientCheck.Entry> entries = GradientCheck.run(shape, x, b);
    assertThat(entries).extracting(GradientCheck.Entry::name).containsExactly(expectedNames);
    for (GradientCheck.Entry e : entries) {
      assertThat(e.maxAbs())
          .as("gradient of %s is not trivially zero", e.name())
          .isGreaterThan(1e-3);
      assertThat(e.relativeError()).as("relative gradient error for %s", e.name()).isLessThan(TOL);
    }
  }

  private static long product(long[] shape) {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    return n;
  }

  @Test
  void dense() {
    assertGradientsMatch(
        new long[] {3, 4},
        (tf, net, x) ->
            new Dense<>(net, "dense", 4, 5, Initializer.glorotUniform()).apply(x, Mode.TRAINING),
        "x",
        "net/dense/kernel",
        "net/dense/bias");
  }

  @Test
  void denseWithoutBias() {
    assertGradientsMatch(
        new long[] {2, 3},
        (tf, net, x) ->
            new Dense<>(net, "dense", 3, 2, Initializer.normal(0.5), false).apply(x, Mode.TRAINING),
        "x",
        "net/dense/kernel");
  }

  @Test
  void conv2dStride1() {
    assertGradientsMatch(
        new long[] {2, 4, 4, 2},
        (tf, net, x) ->
            new Conv2d<>(net, "conv", 2, 3, 3, 1, Initializer.glorotUniform(), true)
                .apply(x, Mode.TRAINING),
        "x",
        "net/conv/kernel",
        "net/conv/bias");
  }

  @Test
  void conv2dStride2() {
    assertGradientsMatch(
        new long[] {2, 5, 5, 2},
        (tf, net, x) ->
            new Conv2d<>(net, "conv", 2, 3, 4, 2, Initializer.glorotUniform(), true)
                .apply(x, Mode.TRAINING),
        "x",
        "net/conv/kernel",
        "net/conv/bias");
  }

  @Test
  void conv2dTransposeStride2() {
    assertGradientsMatch(
        new long[] {2, 3, 3, 3},
        (tf, net, x) ->
            new Conv2dTranspose<>(net, "deconv", 3, 2, 4, 2, Initializer.glorotUniform(), true)
                .apply(x, Mode.TRAINING),
        "x",
        "net/deconv/kernel",
        "net/deconv/bias");
  }

  @Test
  void conv2dTransposeStride1WithoutBias() {
    assertGradientsMatch(
        new long[] {1, 3, 3, 2},
        (tf, net, x) ->
            new Conv2dTranspose<>(net, "deconv", 2, 2, 3, 1, Initializer.glorotUniform(), false)
                .apply(x, Mode.TRAINING),
        "x",
        "net/deconv/kernel");
  }

  @Test
  void batchNormTrainingUsesBatchStatistics() {
    assertGradientsMatch(
        new long[] {4, 3},
        (tf, net, x) -> new BatchNorm<>(net, "bn", 3).apply(x, Mode.TRAINING),
        "x",
        "net/bn/gamma",
        "net/bn/beta");
  }

  @Test
  void batchNormTrainingOnImages() {
    assertGradientsMatch(
        new long[] {2, 3, 3, 2},
        (tf, net, x) -> new BatchNorm<>(net, "bn", 2).apply(x, Mode.TRAINING_WITHOUT_UPDATES),
        "x",
        "net/bn/gamma",
        "net/bn/beta");
  }

  @Test
  void batchNormInferenceUsesMovingStatistics() {
    assertGradientsMatch(
        new long[] {2, 2, 2, 3},
        (tf, net, x) -> new BatchNorm<>(net, "bn", 3).apply(x, Mode.INFERENCE),
        "x",
        "net/bn/gamma",
        "net/bn/beta");
  }

  @Test
  void layerNormOnVectors() {
    assertGradientsMatch(
        new long[] {3, 5},
        (tf, net, x) -> new LayerNorm<>(net, "ln", 5).apply(x, Mode.TRAINING),
        "x",
        "net/ln/gamma",
        "net/ln/beta");
  }

  @Test
  void layerNormOnImages() {
    assertGradientsMatch(
        new long[] {2, 3, 3, 2},
        (tf, net, x) -> new LayerNorm<>(net, "ln", 2).apply(x, Mode.TRAINING),
        "x",
        "net/ln/gamma",
        "net/ln/beta");
  }

  @Test
  void instanceNorm() {
    assertGradientsMatch(
        new long[] {2, 3, 3, 2},
        (tf, net, x) -> new InstanceNorm<>(net, "in", 2).apply(x, Mode.TRAINING),
        "x",
        "net/in/gamma",
        "net/in/beta");
  }

  @Test
  void leakyRelu() {
    // randomInput keeps |x| >= 0.05, far from the kink for h = 1e-5.
    assertGradientsMatch(
        new long[] {4, 5},
        (tf, net, x) -> Activations.<TFloat64>leakyRelu(tf, 0.2).apply(x, Mode.TRAINING),
        "x");
  }

  @Test
  void relu() {
    assertGradientsMatch(
        new long[] {4, 5},
        (tf, net, x) -> Activations.<TFloat64>relu(tf).apply(x, Mode.TRAINING),
        "x");
  }

  @Test
  void tanh() {
    assertGradientsMatch(
        new long[] {4, 5},
        (tf, net, x) -> Activations.<TFloat64>tanh(tf).apply(x, Mode.TRAINING),
        "x");
  }

  @Test
  void sigmoid() {
    assertGradientsMatch(
        new long[] {4, 5},
        (tf, net, x) -> Activations.<TFloat64>sigmoid(tf).apply(x, Mode.TRAINING),
        "x");
  }

  @Test
  void reshape() {
    assertGradientsMatch(
        new long[] {2, 12},
        (tf, net, x) -> new Reshape<TFloat64>(tf, 2, 3, 2).apply(x, Mode.TRAINING),
        "x");
  }

  @Test
  void flatten() {
    assertGradientsMatch(
        new long[] {2, 2, 3, 2},
        (tf, net, x) -> Reshape.<TFloat64>flatten(tf).apply(x, Mode.TRAINING),
        "x");
  }

  @Test
  void embeddingGradientReachesTheTable() {
    assertGradientsMatch(
        null,
        (tf, net, x) -> {
          Embedding<TFloat64> e = new Embedding<>(net, "emb", 4, 3, Initializer.normal(1));
          // Class 2 twice (its gradient row is the sum of two), class 3 never (zero row).
          return e.apply(tf.constant(new int[] {0, 2, 1, 2, 0}));
        },
        "net/emb/table");
  }

  @Test
  void dropoutWithAFixedSeedHasAFixedMask() {
    assertGradientsMatch(
        new long[] {4, 6},
        (tf, net, x) ->
            new Dropout<TFloat64>(tf, 0.5, tf.constant(new long[] {3, 4})).apply(x, Mode.TRAINING),
        "x");
  }

  @Test
  void sequentialStack() {
    assertGradientsMatch(
        new long[] {4, 3},
        (tf, net, x) -> {
          Sequential<TFloat64> s =
              new Sequential<>(
                  List.of(
                      // No bias before batch norm: its gradient would be exactly zero (mean
                      // subtracted).
                      new Dense<>(net, "d0", 3, 6, Initializer.glorotUniform(), false),
                      new BatchNorm<>(net, "bn", 6),
                      Activations.tanh(tf),
                      new Dense<>(net, "d1", 6, 2, Initializer.glorotUniform()),
                      Activations.sigmoid(tf)));
          return s.apply(x, Mode.TRAINING);
        },
        "x",
        "net/d0/kernel",
        "net/bn/gamma",
        "net/bn/beta",
        "net/d1/kernel",
        "net/d1/bias");
  }

  @Test
  void convStackLikeDcgan() {
    assertGradientsMatch(
        new long[] {2, 2, 2, 2},
        (tf, net, x) -> {
          Ops t = tf;
          Operand<TFloat64> h =
              new Conv2dTranspose<>(net, "up", 2, 3, 4, 2, Initializer.normal(0.5), false)
                  .apply(x, Mode.TRAINING);
          h = new BatchNorm<>(net, "bn", 3).apply(h, Mode.TRAINING);
          h = Activations.<TFloat64>tanh(t).apply(h, Mode.TRAINING);
          h =
              new Conv2d<>(net, "down", 3, 2, 3, 2, Initializer.normal(0.5), true)
                  .apply(h, Mode.TRAINING);
          return Reshape.<TFloat64>flatten(t).apply(h, Mode.TRAINING);
        },
        "x",
        "net/up/kernel",
        "net/bn/gamma",
        "net/bn/beta",
        "net/down/kernel",
        "net/down/bias");
  }
}
