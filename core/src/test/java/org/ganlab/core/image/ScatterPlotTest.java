package org.ganlab.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.ganlab.core.data.GaussianMixture2D;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;

class ScatterPlotTest {
  private static int[] rgb(ImageGrid.Tiled t, int x, int y) {
    int i = 3 * (y * t.width() + x);
    return new int[] {t.pixels()[i] & 0xff, t.pixels()[i + 1] & 0xff, t.pixels()[i + 2] & 0xff};
  }

  @Test
  void drawsPointsAndCentresInAFixedSquare() {
    GaussianMixture2D ring = GaussianMixture2D.ring8();
    ScatterPlot plot = ScatterPlot.of(ring.source(new Seeds(1)));
    // A point at (-1, -1), one far outside (not drawn), one NaN (not drawn).
    ImageGrid.Tiled t = plot.render(new float[] {-1, -1, 100, 100, Float.NaN, 0}, 3);
    assertThat(t.width()).isEqualTo(ScatterPlot.SIZE);
    assertThat(t.height()).isEqualTo(ScatterPlot.SIZE);
    assertThat(t.channels()).isEqualTo(3);
    // range = 1.25 * (2 + 3 * 0.02) = 2.575; x = -1 -> floor((1.575 / 5.15) * 400) = 122.
    int px = (int) Math.floor((-1 + 2.575) / 5.15 * 400);
    int py = 399 - px;
    assertThat(rgb(t, px, py)).containsExactly(31, 60, 160);
    // Centre 0 at (2, 0): a red cross.
    int cx = (int) Math.floor((2 + 2.575) / 5.15 * 400);
    int cy = 399 - (int) Math.floor(2.575 / 5.15 * 400);
    assertThat(rgb(t, cx, cy)).containsExactly(220, 30, 30);
    assertThat(rgb(t, 5, 5)).containsExactly(255, 255, 255);
  }
}
