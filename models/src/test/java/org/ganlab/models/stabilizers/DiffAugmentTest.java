package org.ganlab.models.stabilizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ganlab.models.stabilizers.Graphs.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

/** DiffAugment: hand-checked translation and cutout, determinism per seed, gradients. */
class DiffAugmentTest {
  /** The 3x3 image 1..9, row-major. */
  private static final double[] NINE = {1, 2, 3, 4, 5, 6, 7, 8, 9};

  @Test
  void translationShiftsByWholePixelsWithZerosFillingIn() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      // Two 3x3 images with two channels: (v, 10 v) for v = 1..9.
      double[] x = new double[2 * 9 * 2];
      for (int b = 0; b < 2; b++) {
        for (int p = 0; p < 9; p++) {
          x[(b * 9 + p) * 2] = NINE[p];
          x[(b * 9 + p) * 2 + 1] = 10 * NINE[p];
        }
      }
      Operand<TFloat64> y =
          DiffAugmentGeometry.translate(
              tf,
              tf.constant(Shape.of(2, 3, 3, 2), DataBuffers.of(x)),
              tf.constant(new int[] {1, -1}),
              tf.constant(new int[] {-1, 0}));
      try (Session s = new Session(g)) {
        double[] out = eval(s, y);
        // out[i][j] = x[i + tx][j + ty]. Image 0 (tx 1, ty -1): row i takes row i + 1, column j
        // takes column j - 1: [[0, 4, 5], [0, 7, 8], [0, 0, 0]].
        // Image 1 (tx -1, ty 0): row i takes row i - 1: [[0, 0, 0], [1, 2, 3], [4, 5, 6]].
        double[][] expected = {{0, 4, 5, 0, 7, 8, 0, 0, 0}, {0, 0, 0, 1, 2, 3, 4, 5, 6}};
        for (int b = 0; b < 2; b++) {
          for (int p = 0; p < 9; p++) {
            assertThat(out[(b * 9 + p) * 2]).isEqualTo(expected[b][p]);
            assertThat(out[(b * 9 + p) * 2 + 1]).isEqualTo(10 * expected[b][p]);
          }
        }
      }
    }
  }

  @Test
  void cutoutZeroesTheSquareAroundItsCentreClippedToTheImage() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Operand<TFloat64> ones = tf.fill(tf.constant(new long[] {2, 4, 4, 1}), tf.constant(1.0));
      Operand<TFloat64> y =
          DiffAugmentGeometry.cutout(
              tf, ones, tf.constant(new int[] {1, 0}), tf.constant(new int[] {2, 0}), 2, 2);
      try (Session s = new Session(g)) {
        // Size 2: rows [c - 1, c + 1). Image 0, centre (1, 2): rows 0-1, columns 1-2.
        // Image 1, centre (0, 0): rows -1..0 and columns -1..0 clip to the pixel (0, 0).
        double[] expected = {
          1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, //
          0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
        };
        assertThat(eval(s, y)).containsExactly(expected);
      }
    }
  }

  @Test
  void sameSeedGivesTheSameBitsAndAnotherSeedOthers() {
    float[] x = randomImages(4 * 8 * 8, 1);
    float[] a = augment(DiffAugment.standard(), x, 4, 8, new long[] {7, 11});
    float[] b = augment(DiffAugment.standard(), x, 4, 8, new long[] {7, 11});
    float[] c = augment(DiffAugment.standard(), x, 4, 8, new long[] {7, 12});
    assertThat(a).containsExactly(b);
    assertThat(a).isNotEqualTo(c).isNotEqualTo(x);
  }

  @Test
  void translationAloneMovesEachImageByOneOfTheAllowedShifts() {
    // 3x3 with ratio 1/3: shifts int(3 / 3 + 0.5) = 1 pixel at most, nine possible outcomes.
    DiffAugment shiftOnly = new DiffAugment(false, true, false, 1.0 / 3, 0.5);
    int n = 8;
    float[] x = new float[n * 9];
    for (int b = 0; b < n; b++) {
      for (int p = 0; p < 9; p++) {
        x[b * 9 + p] = (float) NINE[p];
      }
    }
    float[] out = augment(shiftOnly, x, n, 3, new long[] {3, 4});
    List<String> seen = new ArrayList<>();
    for (int b = 0; b < n; b++) {
      float[] img = Arrays.copyOfRange(out, b * 9, b * 9 + 9);
      String match = null;
      for (int tx = -1; tx <= 1; tx++) {
        for (int ty = -1; ty <= 1; ty++) {
          if (Arrays.equals(img, shifted(tx, ty))) {
            match = tx + "," + ty;
          }
        }
      }
      assertThat(match).as("image %d is a whole-pixel shift", b).isNotNull();
      seen.add(match);
    }
    assertThat(seen.stream().distinct().count()).isGreaterThan(1);
  }

  /** NINE shifted by (tx, ty) as {@link DiffAugment#translate} defines it, by hand. */
  private static float[] shifted(int tx, int ty) {
    float[] y = new float[9];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        int r = i + tx;
        int c = j + ty;
        y[i * 3 + j] = r < 0 || r > 2 || c < 0 || c > 2 ? 0 : (float) NINE[r * 3 + c];
      }
    }
    return y;
  }

  @Test
  void colorShiftsBrightnessAndScalesContrastByTheDocumentedDraws() {
    int n = 3;
    float[] x = randomImages(n * 16, 2);
    long[] seed = {5, 6};
    float[] out = augment(new DiffAugment(true, false, false, 0.125, 0.5), x, n, 4, seed);
    float[] u;
    try (Graph g = new Graph();
        Session s = new Session(g)) {
      Ops tf = Ops.create(g);
      u =
          Graphs.floats(
              s,
              tf.random.statelessRandomUniform(
                  tf.constant(new int[] {n, 7}), tf.constant(seed), TFloat32.class));
    }
    for (int b = 0; b < n; b++) {
      double mx = mean(x, b * 16, 16);
      double mo = mean(out, b * 16, 16);
      // Brightness adds u0 - 0.5 to every pixel; contrast keeps the mean.
      assertThat(mo - mx).isCloseTo(u[b * 7] - 0.5, within(1e-5));
      // Contrast scales every deviation from the mean by u2 + 0.5.
      for (int p = 0; p < 16; p++) {
        int i = b * 16 + p;
        assertThat(out[i] - mo).isCloseTo((x[i] - mx) * (u[b * 7 + 2] + 0.5), within(1e-5));
      }
    }
  }

  @Test
  void gradientsFlowToTheImagesToSecondOrder() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat64> x =
          tf.placeholder(TFloat64.class, Placeholder.shape(Shape.of(2, 8, 8, 1)));
      Operand<TFloat64> y = DiffAugment.standard().apply(tf, x, tf.constant(new long[] {1, 2}));
      Operand<TFloat64> loss = tf.sum(tf.math.square(y), tf.constant(new int[] {0, 1, 2, 3}));
      // An explicit seed for the inner gradient, as R1 and gradient penalties need.
      Operand<TFloat64> dx =
          tf.gradients(loss, List.of(x), Gradients.dx(List.of(tf.constant(1.0)))).dy(0);
      Operand<TFloat64> norm = tf.sum(tf.math.square(dx), tf.constant(new int[] {0, 1, 2, 3}));
      Operand<TFloat64> ddx = tf.gradients(norm, List.of(x)).dy(0);
      double[] xv = new double[128];
      Random r = new Random(3);
      for (int i = 0; i < xv.length; i++) {
        xv[i] = r.nextDouble() * 2 - 1;
      }
      try (Session s = new Session(g)) {
        double[] grad = eval(s, dx, Map.of(x, xv));
        double[] second = eval(s, ddx, Map.of(x, xv));
        assertThat(Arrays.stream(grad).allMatch(Double::isFinite)).isTrue();
        assertThat(Arrays.stream(grad).filter(v -> v != 0).count()).isGreaterThan(10);
        assertThat(Arrays.stream(second).filter(v -> v != 0).count()).isGreaterThan(10);
      }
    }
  }

  @Test
  void policyTextRoundTripsInTheAuthorsOrder() {
    DiffAugment none = DiffAugment.standard().withPolicy("none");
    assertThat(none.enabled()).isFalse();
    assertThat(none.policy()).isEqualTo("none");
    assertThat(DiffAugment.none()).isEqualTo(none);
    DiffAugment some = DiffAugment.none().withPolicy(" Cutout, translation ");
    assertThat(some).isEqualTo(new DiffAugment(false, true, true, 0.125, 0.5));
    assertThat(some.policy()).isEqualTo("translation,cutout");
    assertThat(some.enabled()).isTrue();
    assertThat(DiffAugment.standard().policy()).isEqualTo("color,translation,cutout");
    assertThat(DiffAugment.HYPERPARAMETERS.get(0).get(some)).isEqualTo("translation,cutout");
    for (String bad : List.of("flip", "", "none,color", "color,,cutout")) {
      assertThatThrownBy(() -> DiffAugment.none().withPolicy(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("diffaugment")
          .hasMessageContaining("color,translation,cutout");
    }
  }

  @Test
  void rejectsImagesWithoutStaticSizeAndBadRatios() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat32> x =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1, 8, 1)));
      assertThatThrownBy(() -> DiffAugment.standard().apply(tf, x, tf.constant(new long[] {1, 2})))
          .hasMessageContaining("static height");
    }
    assertThatThrownBy(() -> DiffAugment.standard().withCutoutRatio(1.5))
        .hasMessageContaining("cutoutRatio");
  }

  private static float[] augment(DiffAugment aug, float[] x, int n, int side, long[] seed) {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Operand<TFloat32> images =
          tf.constant(Shape.of(n, side, side, 1), DataBuffers.of(x, true, false));
      try (Session s = new Session(g)) {
        return Graphs.floats(s, aug.apply(tf, images, tf.constant(seed)));
      }
    }
  }

  private static float[] randomImages(int size, long seed) {
    Random r = new Random(seed);
    float[] x = new float[size];
    for (int i = 0; i < size; i++) {
      x[i] = r.nextFloat() * 2 - 1;
    }
    return x;
  }

  private static double mean(float[] v, int from, int count) {
    double m = 0;
    for (int i = from; i < from + count; i++) {
      m += v[i];
    }
    return m / count;
  }
}
