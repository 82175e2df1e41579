package org.ganlab.experiments.sweep;

import org.ganlab.core.image.ImageGrid;

/**
 * A sweep's metric against one swept key: every run as a small dark-blue dot, every trial's mean
 * over seeds as a larger red square, on a white field with a grey frame, faint grid lines at the
 * axes' ticks and tick marks. It has no text: the table's caption states each axis's range.
 */
final class SweepPlot {
  static final int WIDTH = 480;
  static final int HEIGHT = 360;
  private static final int MARGIN = 20;
  private static final byte[] BACKGROUND = rgb(255, 255, 255);
  private static final byte[] FRAME = rgb(150, 150, 150);
  private static final byte[] GRID = rgb(232, 232, 232);
  private static final byte[] RUN = rgb(31, 60, 160);
  private static final byte[] MEAN = rgb(220, 30, 30);

  private SweepPlot() {}

  /**
   * {@return the picture}
   *
   * @param x the key's axis
   * @param y the metric's axis
   * @param runX each run's key value
   * @param runY each run's metric
   * @param meanX each trial's key value
   * @param meanY each trial's mean metric
   */
  static ImageGrid.Tiled render(
      PlotAxis x, PlotAxis y, double[] runX, double[] runY, double[] meanX, double[] meanY) {
    byte[] px = new byte[WIDTH * HEIGHT * 3];
    for (int i = 0; i < WIDTH * HEIGHT; i++) {
      System.arraycopy(BACKGROUND, 0, px, 3 * i, 3);
    }
    for (double t : x.ticks()) {
      int c = column(x, t);
      for (int r = MARGIN; r < HEIGHT - MARGIN; r++) {
        set(px, c, r, GRID);
      }
      for (int r = HEIGHT - MARGIN; r < HEIGHT - MARGIN + 6; r++) {
        set(px, c, r, FRAME);
      }
    }
    for (double t : y.ticks()) {
      int r = row(y, t);
      for (int c = MARGIN; c < WIDTH - MARGIN; c++) {
        set(px, c, r, GRID);
      }
      for (int c = MARGIN - 6; c < MARGIN; c++) {
        set(px, c, r, FRAME);
      }
    }
    for (int c = MARGIN; c < WIDTH - MARGIN; c++) {
      set(px, c, MARGIN, FRAME);
      set(px, c, HEIGHT - MARGIN, FRAME);
    }
    for (int r = MARGIN; r <= HEIGHT - MARGIN; r++) {
      set(px, MARGIN, r, FRAME);
      set(px, WIDTH - MARGIN, r, FRAME);
    }
    for (int i = 0; i < meanX.length; i++) {
      square(px, x, y, meanX[i], meanY[i], 4, MEAN);
    }
    for (int i = 0; i < runX.length; i++) {
      square(px, x, y, runX[i], runY[i], 1, RUN);
    }
    return new ImageGrid.Tiled(px, HEIGHT, WIDTH, 3);
  }

  private static void square(
      byte[] px, PlotAxis x, PlotAxis y, double vx, double vy, int half, byte[] colour) {
    if (!Double.isFinite(vx) || !Double.isFinite(vy) || (x.log() && vx <= 0)) {
      return;
    }
    int c = column(x, vx);
    int r = row(y, vy);
    for (int dr = -half; dr <= half; dr++) {
      for (int dc = -half; dc <= half; dc++) {
        set(px, c + dc, r + dr, colour);
      }
    }
  }

  private static int column(PlotAxis x, double v) {
    return MARGIN + (int) Math.round(x.position(v) * (WIDTH - 1 - 2 * MARGIN));
  }

  private static int row(PlotAxis y, double v) {
    return HEIGHT - 1 - MARGIN - (int) Math.round(y.position(v) * (HEIGHT - 1 - 2 * MARGIN));
  }

  private static void set(byte[] px, int c, int r, byte[] colour) {
    if (c >= 0 && c < WIDTH && r >= 0 && r < HEIGHT) {
      System.arraycopy(colour, 0, px, 3 * (r * WIDTH + c), 3);
    }
  }

  private static byte[] rgb(int r, int g, int b) {
    return new byte[] {(byte) r, (byte) g, (byte) b};
  }
}
