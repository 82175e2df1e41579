package org.ganlab.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ganlab.core.nn.TfRun.eval;
import static org.ganlab.core.nn.TfRun.feeds;

import java.util.List;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat64;

/** {@link Conv1d}: values by hand, against a plain-Java reference, and its gradients. */
class Conv1dTest {

  /** y[b, i, o] = bias[o] + sum_{a, c} x[b, i*s + a - p, c] K[a, c, o], zero outside. */
  private static double[] reference(
      double[] x, int b, int len, int in, double[] kernel, int k, int out, int s) {
    int ol = (len + s - 1) / s;
    int pad = Math.max((ol - 1) * s + k - len, 0) / 2;
    double[] y = new double[b * ol * out];
    for (int n = 0; n < b; n++) {
      for (int i = 0; i < ol; i++) {
        for (int o = 0; o < out; o++) {
          double sum = 0;
          for (int a = 0; a < k; a++) {
            int r = i * s + a - pad;
            if (r < 0 || r >= len) {
              continue;
            }
            for (int c = 0; c < in; c++) {
              sum += x[(n * len + r) * in + c] * kernel[(a * in + c) * out + o];
            }
          }
          y[(n * ol + i) * out + o] = sum;
        }
      }
    }
    return y;
  }

  @Test
  void aDifferenceKernelGivesHandComputedValuesAtStride1And2() {
    for (int stride : new int[] {1, 2}) {
      try (Graph g = new Graph()) {
        Ops tf = Ops.create(g);
        Network<TFloat64> net = new Network<>(tf, "net", TFloat64.class, new Seeds(1));
        Placeholder<TFloat64> x =
            tf.placeholder(TFloat64.class, Placeholder.shape(Shape.of(1, 4, 1)));
        Conv1d<TFloat64> c = new Conv1d<>(net, "conv", 1, 1, 3, stride, Initializer.zeros(), true);
        Operand<TFloat64> y = c.apply(x, Mode.TRAINING);
        assertThat(c.kernel().shape()).isEqualTo(Shape.of(3, 1, 1));
        try (Session s = new Session(g)) {
          s.initialize();
          s.run(TfRun.assign(tf, c.kernel(), 1, 0, -1));
          s.run(TfRun.assign(tf, c.bias(), 10));
          double[] out = eval(s, y, feeds(x, new double[] {1, 2, 3, 4}));
          if (stride == 1) {
            // One zero on each side: y_i = x_{i-1} - x_{i+1} + 10.
            assertThat(y.shape()).isEqualTo(Shape.of(1, 4, 1));
            assertThat(out).containsExactly(8, 8, 8, 13);
          } else {
            // Two outputs, one zero after the end: x0 - x2 and x2 - 0, plus 10.
            assertThat(y.shape()).isEqualTo(Shape.of(1, 2, 1));
            assertThat(out).containsExactly(8, 13);
          }
        }
      }
    }
  }

  @Test
  void matchesTheReferenceWithSeveralChannels() {
    for (int stride : new int[] {1, 2}) {
      for (int k : new int[] {1, 4, 5}) {
        try (Graph g = new Graph()) {
          Ops tf = Ops.create(g);
          Network<TFloat64> net = new Network<>(tf, "net", TFloat64.class, new Seeds(3));
          Placeholder<TFloat64> x =
              tf.placeholder(TFloat64.class, Placeholder.shape(Shape.of(2, 7, 3)));
          Conv1d<TFloat64> c =
              new Conv1d<>(net, "conv", 3, 4, k, stride, Initializer.normal(1), false);
          Operand<TFloat64> y = c.apply(x, Mode.TRAINING);
          assertThat(y.shape()).isEqualTo(Shape.of(2, (7 + stride - 1) / stride, 4));
          try (Session s = new Session(g)) {
            s.initialize();
            double[] kernel = eval(s, c.kernel());
            double[] xv = GradientCheck.randomInput(2 * 7 * 3, 5, 1.0, 0.0);
            assertThat(eval(s, y, feeds(x, xv)))
                .as("stride %d kernel %d", stride, k)
                .containsExactly(reference(xv, 2, 7, 3, kernel, k, 4, stride), within(1e-12));
          }
        }
      }
    }
  }

  @Test
  void gradientsMatchFiniteDifferences() {
    List<GradientCheck.Entry> entries =
        GradientCheck.run(
            new long[] {2, 6, 3},
            GradientCheck.randomInput(36, 7, 1.0, 0.05),
            (tf, net, x) ->
                new Conv1d<>(net, "conv", 3, 2, 5, 1, Initializer.glorotUniform(), true)
                    .apply(x, Mode.TRAINING));
    assertThat(entries)
        .extracting(GradientCheck.Entry::name)
        .containsExactly("x", "net/conv/kernel", "net/conv/bias");
    for (GradientCheck.Entry e : entries) {
      assertThat(e.maxAbs()).as(e.name()).isGreaterThan(1e-3);
      assertThat(e.relativeError()).as(e.name()).isLessThan(1e-6);
    }
  }

  /**
   * A gradient penalty differentiates the input gradient again: the checked output is d(sum
   * conv(x)^2)/dx, itself a function of x and the kernel.
   */
  @Test
  void theInputGradientIsDifferentiableAgain() {
    List<GradientCheck.Entry> entries =
        GradientCheck.run(
            new long[] {2, 5, 2},
            GradientCheck.randomInput(20, 9, 1.0, 0.05),
            (tf, net, x) -> {
              Operand<TFloat64> y =
                  new Conv1d<>(net, "conv", 2, 3, 3, 1, Initializer.glorotUniform(), false)
                      .apply(x, Mode.TRAINING);
              Operand<TFloat64> total =
                  tf.reduceSum(tf.math.square(y), tf.constant(new int[] {0, 1, 2}));
              // An explicit seed: OnesLike, the default, has no gradient.
              Gradients grads =
                  tf.gradients(total, List.of(x), Gradients.dx(List.of(tf.constant(1.0))));
              return grads.<TFloat64>dy(0);
            });
    assertThat(entries)
        .extracting(GradientCheck.Entry::name)
        .containsExactly("x", "net/conv/kernel");
    for (GradientCheck.Entry e : entries) {
      assertThat(e.maxAbs()).as(e.name()).isGreaterThan(1e-3);
      assertThat(e.relativeError()).as(e.name()).isLessThan(1e-6);
    }
  }

  @Test
  void rejectsANonPositiveKernelOrStride() {
    try (Graph g = new Graph()) {
      Network<TFloat64> net = new Network<>(Ops.create(g), "net", TFloat64.class, new Seeds(1));
      assertThatThrownBy(() -> new Conv1d<>(net, "c", 1, 1, 0, 1, Initializer.zeros(), true))
          .hasMessageContaining("kernel size and stride must be positive, got 0 and 1");
    }
  }
}
