package org.ganlab.core.image;

/**
 * The field every ganlab plot is drawn on: white, with a grey frame inside a margin, faint grid
 * lines and tick marks at the axes' ticks. Marks are placed in data coordinates through the two
 * axes; anything outside the picture is clipped. Plots carry no text: their captions state the
 * axes' ranges ({@link PlotAxis#describe()}).
 */
public final class PlotCanvas {
  private static final int MARGIN = 20;
  private static final byte[] BACKGROUND = rgb(255, 255, 255);
  private static final byte[] FRAME = rgb(150, 150, 150);
  private static final byte[] GRID = rgb(232, 232, 232);

  private final int width;
  private final int height;
  private final PlotAxis x;
  private final PlotAxis y;
  private final byte[] px;

  /**
   * A framed, gridded field for the two axes.
   *
   * @param width the picture's width in pixels
   * @param height the picture's height in pixels
   * @param x the horizontal axis
   * @param y the vertical axis
   */
  public PlotCanvas(int width, int height, PlotAxis x, PlotAxis y) {
    this.width = width;
    this.height = height;
    this.x = x;
    this.y = y;
    this.px = new byte[width * height * 3];
    for (int i = 0; i < width * height; i++) {
      System.arraycopy(BACKGROUND, 0, px, 3 * i, 3);
    }
    for (double t : x.ticks()) {
      int c = column(t);
      for (int r = MARGIN; r < height - MARGIN; r++) {
        set(c, r, GRID);
      }
      for (int r = height - MARGIN; r < height - MARGIN + 6; r++) {
        set(c, r, FRAME);
      }
    }
    for (double t : y.ticks()) {
      int r = row(t);
      for (int c = MARGIN; c < width - MARGIN; c++) {
        set(c, r, GRID);
      }
      for (int c = MARGIN - 6; c < MARGIN; c++) {
        set(c, r, FRAME);
      }
    }
    for (int c = MARGIN; c < width - MARGIN; c++) {
      set(c, MARGIN, FRAME);
      set(c, height - MARGIN, FRAME);
    }
    for (int r = MARGIN; r <= height - MARGIN; r++) {
      set(MARGIN, r, FRAME);
      set(width - MARGIN, r, FRAME);
    }
  }

  /**
   * Draws a filled square of side {@code 2 half + 1} pixels centred on a point; a point that is not
   * finite, or not positive on a log axis, is skipped.
   *
   * @param vx the point's horizontal value
   * @param vy the point's vertical value
   * @param half the square's half side in pixels
   * @param colour its RGB bytes
   */
  public void square(double vx, double vy, int half, byte[] colour) {
    if (!onAxes(vx, vy)) {
      return;
    }
    int c = column(vx);
    int r = row(vy);
    for (int dr = -half; dr <= half; dr++) {
      for (int dc = -half; dc <= half; dc++) {
        set(c + dc, r + dr, colour);
      }
    }
  }

  /**
   * Draws a two-pixel-wide line through the points in order; a point that cannot be placed breaks
   * the line there.
   *
   * @param vx the points' horizontal values
   * @param vy the points' vertical values
   * @param colour its RGB bytes
   */
  public void polyline(double[] vx, double[] vy, byte[] colour) {
    for (int i = 1; i < vx.length; i++) {
      if (onAxes(vx[i - 1], vy[i - 1]) && onAxes(vx[i], vy[i])) {
        segment(column(vx[i - 1]), row(vy[i - 1]), column(vx[i]), row(vy[i]), colour);
      }
    }
  }

  /** {@return the picture} */
  public ImageGrid.Tiled picture() {
    return new ImageGrid.Tiled(px.clone(), height, width, 3);
  }

  /**
   * {@return the RGB bytes of a colour}
   *
   * @param r red, 0 to 255
   * @param g green, 0 to 255
   * @param b blue, 0 to 255
   */
  public static byte[] rgb(int r, int g, int b) {
    return new byte[] {(byte) r, (byte) g, (byte) b};
  }

  private boolean onAxes(double vx, double vy) {
    return Double.isFinite(vx)
        && Double.isFinite(vy)
        && (!x.log() || vx > 0)
        && (!y.log() || vy > 0);
  }

  private void segment(int c0, int r0, int c1, int r1, byte[] colour) {
    int n = Math.max(Math.abs(c1 - c0), Math.abs(r1 - r0));
    for (int k = 0; k <= n; k++) {
      double t = n == 0 ? 0 : (double) k / n;
      int c = (int) Math.round(c0 + t * (c1 - c0));
      int r = (int) Math.round(r0 + t * (r1 - r0));
      set(c, r, colour);
      set(c, r + 1, colour);
    }
  }

  private int column(double v) {
    return MARGIN + (int) Math.round(x.position(v) * (width - 1 - 2 * MARGIN));
  }

  private int row(double v) {
    return height - 1 - MARGIN - (int) Math.round(y.position(v) * (height - 1 - 2 * MARGIN));
  }

  private void set(int c, int r, byte[] colour) {
    if (c >= 0 && c < width && r >= 0 && r < height) {
      System.arraycopy(colour, 0, px, 3 * (r * width + c), 3);
    }
  }
}
