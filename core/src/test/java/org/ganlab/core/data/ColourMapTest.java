package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The colour map of {@code cyclegan-colour} and its inverse on hand-computed values. */
class ColourMapTest {
  private static final int[] FIVE_PIXELS = {1, 1, 5, 1};

  @Test
  void mapsGrayThroughTheKnots() {
    // v -> t = (v + 1) / 2; channels interpolated between the knots, written back as 2c - 1.
    // t = 0: (0.3, 0.0, 0.4); t = 0.25: (0.2, 0.3, 0.5); t = 0.5: (0.1, 0.6, 0.6);
    // t = 0.75: (0.55, 0.8, 0.35); t = 1: (1.0, 1.0, 0.1).
    float[] rgb = new ColourMap().apply(new float[] {-1f, -0.5f, 0f, 0.5f, 1f}, FIVE_PIXELS);
    float[] expected = {
      -0.4f, -1f, -0.2f, //
      -0.6f, -0.4f, 0f, //
      -0.8f, 0.2f, 0.2f, //
      0.1f, 0.6f, -0.3f, //
      1f, 1f, -0.8f
    };
    assertThat(rgb).hasSize(15);
    for (int i = 0; i < 15; i++) {
      assertThat(rgb[i]).as("value %d", i).isCloseTo(expected[i], within(1e-6f));
    }
    assertThat(new ColourMap().outputShape(new int[] {28, 28, 1})).containsExactly(28, 28, 3);
  }

  @Test
  void theInverseReadsTheGreenChannel() {
    // Green 0.6 -> g = 0.8 -> t = 0.5 + 0.2 / 0.8 = 0.75 -> v = 0.5; green -0.4 -> t = 0.25.
    // Red and blue are ignored; greens beyond the map's range are clamped to it.
    float[] rgb = {9f, 0.6f, 9f, 0f, -0.4f, 0f, 0f, -1f, 0f, 0f, 1f, 0f, 0f, -3f, 0f};
    float[] gray = new ColourMapInverse().apply(rgb, new int[] {1, 1, 5, 3});
    assertThat(gray[0]).isCloseTo(0.5f, within(1e-6f));
    assertThat(gray[1]).isCloseTo(-0.5f, within(1e-6f));
    assertThat(gray[2]).isEqualTo(-1f);
    assertThat(gray[3]).isEqualTo(1f);
    assertThat(gray[4]).isEqualTo(-1f);
    assertThat(new ColourMapInverse().outputShape(new int[] {28, 28, 3}))
        .containsExactly(28, 28, 1);
  }

  @Test
  void theInverseRecoversEveryGrayLevel() {
    float[] gray = new float[256];
    for (int b = 0; b < 256; b++) {
      gray[b] = PixelScaling.scale(b);
    }
    int[] shape = {1, 16, 16, 1};
    float[] back =
        new ColourMap()
            .inverse()
            .apply(new ColourMap().apply(gray, shape), new int[] {1, 16, 16, 3});
    for (int b = 0; b < 256; b++) {
      assertThat(back[b]).as("byte %d", b).isCloseTo(gray[b], within(1e-6f));
    }
  }

  @Test
  void rejectsTheWrongNumberOfChannels() {
    assertThatThrownBy(() -> new ColourMap().apply(new float[3], new int[] {1, 1, 1, 3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 channels");
    assertThatThrownBy(() -> new ColourMapInverse().apply(new float[2], new int[] {1, 1, 2, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 channels");
  }
}
