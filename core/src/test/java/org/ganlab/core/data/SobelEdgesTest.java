package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;

/** The Sobel edge map on tiny images whose gradients are worked out by hand in the comments. */
class SobelEdgesTest {
  /** Bytes to [-1, 1] floats as a dataset scales them. */
  private static float[] scaled(int... bytes) {
    float[] out = new float[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = PixelScaling.scale(bytes[i]);
    }
    return out;
  }

  @Test
  void verticalStepGivesEdgesOnBothSidesOfIt() {
    // 3x4, every row 0 0 1 1 (intensities in [0, 1]). At x = 1 the right column is 1 and the
    // left 0: gx = 1 + 2 + 1 = 4, gy = 0. Same at x = 2. At x = 0 the replicated left column
    // equals the right one (0), at x = 3 both are 1: no gradient.
    float[] img = scaled(0, 0, 255, 255, 0, 0, 255, 255, 0, 0, 255, 255);
    int[] shape = {1, 3, 4, 1};
    assertThat(SobelEdges.magnitude(img, shape))
        .containsExactly(0, 4, 4, 0, 0, 4, 4, 0, 0, 4, 4, 0);
    assertThat(SobelEdges.standard().apply(img, shape))
        .containsExactly(-1, 1, 1, -1, -1, 1, 1, -1, -1, 1, 1, -1);
  }

  @Test
  void singleBrightPixelByHand() {
    // 3x3 zeros with a 1 in the centre.
    // centre: symmetric neighbours, gx = gy = 0.
    // top middle (0,1): left and right columns are 0 -> gx = 0; the row below is (0, 1, 0),
    //   weighted 1 2 1 -> 2, the replicated row above is 0 -> gy = 2.
    // top left (0,0): column x=1 over rows (-1->0, 0, 1) = (0, 0, 1) weighted 1 2 1 -> 1,
    //   replicated column x=-1 is 0 -> gx = 1; likewise gy = 1 -> magnitude sqrt 2.
    float[] img = scaled(0, 0, 0, 0, 255, 0, 0, 0, 0);
    int[] shape = {1, 3, 3, 1};
    double r2 = Math.sqrt(2);
    assertThat(SobelEdges.magnitude(img, shape)).containsExactly(r2, 2, r2, 2, 0, 2, r2, 2, r2);
    // Threshold 1.5 keeps the 2s and drops the sqrt 2s (1.414) and the centre.
    assertThat(new SobelEdges(1.5).apply(img, shape))
        .containsExactly(-1, 1, -1, 1, -1, 1, -1, 1, -1);
    // Threshold 1 keeps all eight neighbours.
    assertThat(new SobelEdges(1.0).apply(img, shape)).containsExactly(1, 1, 1, 1, -1, 1, 1, 1, 1);
  }

  @Test
  void greyStepIsBelowTheStandardThresholdAndAboveALowerOne() {
    // Byte 51 is 51/127.5 - 1 = -0.6, intensity 0.2: the step's gradient is 4 * 0.2 = 0.8.
    float[] img = scaled(0, 0, 51, 51);
    int[] shape = {1, 1, 4, 1};
    double[] m = SobelEdges.magnitude(img, shape);
    assertThat(m[0]).isZero();
    assertThat(m[1]).isCloseTo(0.8, within(1e-6));
    assertThat(m[2]).isCloseTo(0.8, within(1e-6));
    assertThat(m[3]).isZero();
    assertThat(SobelEdges.standard().apply(img, shape)).containsExactly(-1, -1, -1, -1);
    assertThat(new SobelEdges(0.5).apply(img, shape)).containsExactly(-1, 1, 1, -1);
  }

  @Test
  void channelsAndImagesAreIndependentAndUniformImagesHaveNoEdges() {
    // Two 1x2 images with two channels: channel 0 steps 0 -> 1 in image 0 only; image 1 is
    // uniform grey. With one row, the replicated rows above and below equal it: gx = 4 * step.
    float[] img = scaled(0, 100, 255, 100, 128, 128, 128, 128);
    int[] shape = {2, 1, 2, 2};
    assertThat(SobelEdges.magnitude(img, shape)).containsExactly(4, 0, 4, 0, 0, 0, 0, 0);
  }

  @Test
  void batchTransformKeepsLabelsAndRejectsBadInput() {
    Batch b = new Batch(new int[] {1, 1, 4, 1}, scaled(0, 0, 255, 255), new int[] {7});
    Batch e = SobelEdges.standard().apply(b);
    assertThat(e.shape()).containsExactly(1, 1, 4, 1);
    assertThat(e.values()).containsExactly(-1, 1, 1, -1);
    assertThat(e.labels()).containsExactly(7);
    assertThat(SobelEdges.standard().describe()).isEqualTo("sobel(threshold=1.0)");
    assertThatThrownBy(() -> new SobelEdges(-0.1)).hasMessageContaining("threshold");
    assertThatThrownBy(() -> SobelEdges.magnitude(new float[3], new int[] {1, 2, 2, 1}))
        .hasMessageContaining("does not match 3 values");
  }

  @Test
  void pairedTranslationPairsEdgesWithTheImagesInEpochOrder() {
    // Six 1x4 images: a step at a different place in each, labels 0..5.
    byte[] px = new byte[6 * 4];
    for (int i = 0; i < 6; i++) {
      for (int x = 0; x < 4; x++) {
        px[i * 4 + x] = (byte) (x >= i % 4 ? 255 : 0);
      }
    }
    ImageDataset data =
        ImageDataset.ofPixels("steps", 6, 1, 4, 1, px, new int[] {0, 1, 2, 3, 4, 5}, 6);
    Seeds seeds = new Seeds(3);
    PairedTranslation p = new PairedTranslation(data, seeds, SobelEdges.standard());
    ImageDataSource plain = new ImageDataSource(data, seeds);
    for (long step = 0; step < 4; step++) {
      PairedBatch b = p.batch(step, 4);
      assertThat(b.target()).isEqualTo(plain.batch(step, 4));
      assertThat(b.input()).isEqualTo(SobelEdges.standard().apply(plain.batch(step, 4)));
      assertThat(b.input().labels()).isEqualTo(b.target().labels());
      assertThat(p.batch(step, 4)).isEqualTo(b);
    }
    assertThat(p.inputShape()).containsExactly(1, 4, 1);
    assertThat(p.targetShape()).containsExactly(1, 4, 1);
    assertThat(p.numClasses()).isEqualTo(6);
    // Image 2 steps between x = 1 and x = 2: edges at both.
    PairedBatch held = PairedTranslation.pairsOf(data, new int[] {2, 0}, SobelEdges.standard());
    assertThat(held.input().values()).containsExactly(-1, 1, 1, -1, -1, -1, -1, -1);
    assertThat(held.target().labels()).containsExactly(2, 0);
  }
}
