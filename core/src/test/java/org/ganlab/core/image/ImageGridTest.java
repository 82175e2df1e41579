package org.ganlab.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageGridTest {
  @Test
  void tilesScalesAndMapsMinusOneToZeroAndOneTo255() {
    // Two 1x2 single-channel images side by side, scale 2.
    float[] px = {-1f, 1f, 0f, 2f};
    ImageGrid.Tiled t = ImageGrid.tile(px, 2, 1, 2, 1, 2, 2);
    assertThat(t.height()).isEqualTo(1 * (2 + 1) + 1);
    assertThat(t.width()).isEqualTo(2 * (4 + 1) + 1);
    int w = t.width();
    // Row 1 (first pixel row of the cells), cell 0 starts at column 1, cell 1 at column 6.
    assertThat(t.pixels()[w + 1] & 0xff).isEqualTo(0);
    assertThat(t.pixels()[w + 2] & 0xff).isEqualTo(0);
    assertThat(t.pixels()[w + 3] & 0xff).isEqualTo(255);
    assertThat(t.pixels()[w + 6] & 0xff).isEqualTo(128); // round(127.5)
    assertThat(t.pixels()[w + 8] & 0xff).isEqualTo(255); // 2 clamps to 1
    assertThat(t.pixels()[0]).isEqualTo((byte) 0); // gap
  }

  @Test
  void encodesPng() {
    try (ImageGrid g = new ImageGrid()) {
      byte[] png = g.encode(ImageGrid.tile(new float[12], 1, 2, 2, 3, 1, 1));
      assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }
  }
}
