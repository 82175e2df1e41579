package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The true mapping of the {@code cyclegan} task, on hand-made and real images. */
class InvertAndMirrorTest {
  @Test
  void transformInvertsAndFlipsHorizontally() {
    // One 2x3 image with 2 channels; value = y*100 + x*10 + c, scaled into [-1, 1] by /1000.
    float[] img = new float[12];
    for (int y = 0; y < 2; y++) {
      for (int x = 0; x < 3; x++) {
        for (int c = 0; c < 2; c++) {
          img[(y * 3 + x) * 2 + c] = (y * 100 + x * 10 + c) / 1000f;
        }
      }
    }
    float[] t = new InvertAndMirror().apply(img, new int[] {1, 2, 3, 2});

    for (int y = 0; y < 2; y++) {
      for (int x = 0; x < 3; x++) {
        for (int c = 0; c < 2; c++) {
          assertThat(t[(y * 3 + x) * 2 + c]).isEqualTo(-(y * 100 + (2 - x) * 10 + c) / 1000f);
        }
      }
    }
  }

  @Test
  void inversionOnScaledPixelsIsNegationOfTheInvertedByte() {
    for (int b = 0; b < 256; b++) {
      assertThat(-PixelScaling.scale(b)).isCloseTo(PixelScaling.scale(255 - b), within());
    }
  }

  private static org.assertj.core.data.Offset<Float> within() {
    return org.assertj.core.data.Offset.offset(1e-6f);
  }

  @Test
  void transformIsAnInvolution() {
    Batch real = FashionMnist.embedded().train().batchOf(new int[] {0, 1, 2, 59999});
    Batch once = new InvertAndMirror().apply(real);
    assertThat(once).isNotEqualTo(real);
    assertThat(new InvertAndMirror().apply(once)).isEqualTo(real);
    assertThat(once.labels()).containsExactly(real.labels());
  }

  @Test
  void keepsTheShapeAndDescribesItself() {
    assertThat(new InvertAndMirror().outputShape(new int[] {28, 28, 1})).containsExactly(28, 28, 1);
    assertThat(new InvertAndMirror().describe()).isEqualTo("invert_and_mirror");
  }
}
