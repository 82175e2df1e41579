package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Bicubic (Keys, a = -0.5) and nearest upsampling on cases worked out by hand. */
class UpsamplingTest {
  @Test
  void keysKernelAtTheQuarterPositions() {
    // a = -0.5: W(t) = 1.5|t|^3 - 2.5|t|^2 + 1 inside 1, -0.5|t|^3 + 2.5|t|^2 - 4|t| + 2 to 2.
    assertThat(BicubicUpsampling.kernel(0)).isEqualTo(1);
    assertThat(BicubicUpsampling.kernel(0.25)).isCloseTo(0.8671875, within(1e-15));
    assertThat(BicubicUpsampling.kernel(-0.75)).isCloseTo(0.2265625, within(1e-15));
    assertThat(BicubicUpsampling.kernel(1.25)).isCloseTo(-0.0703125, within(1e-15));
    assertThat(BicubicUpsampling.kernel(1.75)).isCloseTo(-0.0234375, within(1e-15));
    assertThat(BicubicUpsampling.kernel(1)).isZero();
    assertThat(BicubicUpsampling.kernel(2.5)).isZero();
  }

  @Test
  void bicubicDoublesAStepByHand() {
    // One row [0, 1], factor 2: output o samples u = (o + 0.5) / 2 - 0.5 = -0.25, 0.25, 0.75,
    // 1.25. At u = 0.25 the taps j = -1, 0, 1, 2 (replicated to 0, 0, 1, 1) have weights
    // W(1.25), W(0.25), W(-0.75), W(-1.75): the value is 0.2265625 - 0.0234375 = 0.203125.
    // At u = -0.25 only tap j = 1 reads a 1, at distance 1.25: -0.0703125 (an undershoot).
    // By symmetry the other two are 1 - 0.203125 and 1 + 0.0703125, the last clipped to 1.
    // The single row becomes two equal rows (its replicated neighbours are itself).
    float[] out = new BicubicUpsampling(2).apply(new float[] {0, 1}, new int[] {1, 1, 2, 1});
    float[] row = {-0.0703125f, 0.203125f, 0.796875f, 1f};
    assertThat(out)
        .containsExactly(
            new float[] {row[0], row[1], row[2], row[3], row[0], row[1], row[2], row[3]},
            within(1e-7f));
  }

  @Test
  void bicubicIsSeparableInTwoDimensions() {
    // 2x2 with a single 1 at the bottom right: out(y, x) = w(y) w(x) with the 1D weights of the
    // step above, w = (-0.0703125, 0.203125, 0.796875, 1.0703125), clipped to [-1, 1].
    float[] out = new BicubicUpsampling(2).apply(new float[] {0, 0, 0, 1}, new int[] {1, 2, 2, 1});
    double[] w = {-0.0703125, 0.203125, 0.796875, 1.0703125};
    for (int y = 0; y < 4; y++) {
      for (int x = 0; x < 4; x++) {
        double expected = Math.min(1, w[y] * w[x]);
        assertThat((double) out[y * 4 + x]).as("(%d, %d)", y, x).isCloseTo(expected, within(1e-7));
      }
    }
  }

  @Test
  void bicubicKeepsUniformImagesAndChannelsApart() {
    // Weights sum to one: a uniform channel stays uniform, 7x7 -> 28x28.
    float[] img = new float[7 * 7 * 2];
    for (int i = 0; i < img.length; i += 2) {
      img[i] = 0.3f;
      img[i + 1] = -0.6f;
    }
    BicubicUpsampling up = new BicubicUpsampling(4);
    assertThat(up.outputShape(new int[] {7, 7, 2})).containsExactly(28, 28, 2);
    float[] out = up.apply(img, new int[] {1, 7, 7, 2});
    for (int i = 0; i < out.length; i += 2) {
      assertThat(out[i]).isCloseTo(0.3f, within(1e-6f));
      assertThat(out[i + 1]).isCloseTo(-0.6f, within(1e-6f));
    }
  }

  @Test
  void nearestReplicatesEachPixelIntoABlock() {
    float[] out = new NearestUpsampling(2).apply(new float[] {1, 2, 3, 4}, new int[] {1, 2, 2, 1});
    assertThat(out).containsExactly(1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4);
    // Area averaging undoes it.
    assertThat(new AreaDownsampling(2).apply(out, new int[] {1, 4, 4, 1}))
        .containsExactly(1, 2, 3, 4);
  }
}
