package org.ganlab.core.image;

/**
 * A curve in the unit square, as ROC curves are drawn: white background, a grey border, the grey
 * diagonal (a chance-level ROC curve), and the curve as a dark blue line through its points in
 * order.
 */
public final class CurvePlot {
  /** Side of the picture in pixels. */
  public static final int SIZE = 300;

  private static final int MARGIN = 10;
  private static final byte[] BACKGROUND = {(byte) 255, (byte) 255, (byte) 255};
  private static final byte[] GREY = {(byte) 190, (byte) 190, (byte) 190};
  private static final byte[] LINE = {(byte) 31, (byte) 60, (byte) 160};

  private CurvePlot() {}

  /**
   * {@return the picture of the curve through ({@code x[i]}, {@code y[i]}), each in [0, 1]}
   *
   * @param x the points' horizontal coordinates
   * @param y the points' vertical coordinates (up is 1)
   */
  public static ImageGrid.Tiled render(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(x.length + " x values but " + y.length + " y values");
    }
    byte[] px = new byte[SIZE * SIZE * 3];
    for (int i = 0; i < SIZE * SIZE; i++) {
      System.arraycopy(BACKGROUND, 0, px, 3 * i, 3);
    }
    line(px, 0, 0, 1, 0, GREY);
    line(px, 1, 0, 1, 1, GREY);
    line(px, 1, 1, 0, 1, GREY);
    line(px, 0, 1, 0, 0, GREY);
    line(px, 0, 0, 1, 1, GREY);
    for (int i = 1; i < x.length; i++) {
      line(px, x[i - 1], y[i - 1], x[i], y[i], LINE);
    }
    return new ImageGrid.Tiled(px, SIZE, SIZE, 3);
  }

  // Straight segment in unit coordinates, sampled densely enough to leave no gaps.
  private static void line(byte[] px, double x0, double y0, double x1, double y1, byte[] c) {
    int steps = 2 * SIZE;
    for (int k = 0; k <= steps; k++) {
      double t = (double) k / steps;
      set(px, toPixel(x0 + t * (x1 - x0)), SIZE - 1 - toPixel(y0 + t * (y1 - y0)), c);
    }
  }

  private static int toPixel(double v) {
    double clamped = Math.max(0, Math.min(1, v));
    return MARGIN + (int) Math.round(clamped * (SIZE - 1 - 2 * MARGIN));
  }

  private static void set(byte[] px, int x, int y, byte[] colour) {
    System.arraycopy(colour, 0, px, 3 * (y * SIZE + x), 3);
  }
}
