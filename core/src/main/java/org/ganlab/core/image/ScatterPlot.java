package org.ganlab.core.image;

import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.GaussianMixture2D;

/**
 * A scatter plot of generated 2D points over the true mixture's centres, the picture of the
 * mode-collapse papers: white background, grey axes, generated points as dark blue 2x2 dots,
 * centres as red crosses drawn on top. The plotted square is fixed for a run (it depends only on
 * the data), so pictures of different steps line up; points outside it are not drawn.
 */
public final class ScatterPlot {
  /** Side of the picture in pixels. */
  public static final int SIZE = 400;

  private static final byte[] BACKGROUND = rgb(255, 255, 255);
  private static final byte[] AXIS = rgb(210, 210, 210);
  private static final byte[] POINT = rgb(31, 60, 160);
  private static final byte[] CENTRE = rgb(220, 30, 30);

  private final double[][] centres;
  private final double range;

  /**
   * @param centres the mixture's centres to mark (may be empty)
   * @param range the plot shows [-range, range] on both axes
   */
  public ScatterPlot(double[][] centres, double range) {
    if (!(range > 0) || Double.isInfinite(range)) {
      throw new IllegalArgumentException("range must be positive and finite, got " + range);
    }
    this.centres = centres.clone();
    this.range = range;
  }

  /**
   * {@return a plot for {@code data}: the centres and extent of a {@link GaussianMixture2D} source,
   * else the extent of its first 512 examples; the range is 1.25 x the largest absolute coordinate}
   *
   * @param data the real-data source
   */
  public static ScatterPlot of(DataSource data) {
    if (data instanceof GaussianMixture2D.Source s) {
      double[][] c = s.mixture().centres();
      double max = 0;
      for (double[] p : c) {
        max = Math.max(max, Math.max(Math.abs(p[0]), Math.abs(p[1])) + 3 * s.mixture().std());
      }
      return new ScatterPlot(c, 1.25 * Math.max(max, 1e-3));
    }
    Batch b = data.batch(0, 512);
    double max = 0;
    for (float v : b.values()) {
      max = Math.max(max, Math.abs(v));
    }
    return new ScatterPlot(new double[0][], 1.25 * Math.max(max, 1e-3));
  }

  /**
   * Draws {@code n} points.
   *
   * @param xy the points, flattened: x0, y0, x1, y1, ...
   * @param n the number of points
   * @return 400x400 RGB
   */
  public ImageGrid.Tiled render(float[] xy, int n) {
    if (xy.length != 2 * n) {
      throw new IllegalArgumentException(n + " points need " + 2 * n + " values, got " + xy.length);
    }
    byte[] px = new byte[SIZE * SIZE * 3];
    for (int i = 0; i < SIZE * SIZE; i++) {
      System.arraycopy(BACKGROUND, 0, px, 3 * i, 3);
    }
    int zx = toPixel(0);
    int zy = toPixel(0);
    for (int i = 0; i < SIZE; i++) {
      set(px, zx, i, AXIS);
      set(px, i, zy, AXIS);
    }
    for (int i = 0; i < n; i++) {
      int x = toPixel(xy[2 * i]);
      int y = SIZE - 1 - toPixel(xy[2 * i + 1]);
      for (int dy = 0; dy < 2; dy++) {
        for (int dx = 0; dx < 2; dx++) {
          set(px, x + dx, y + dy, POINT);
        }
      }
    }
    for (double[] c : centres) {
      int x = toPixel(c[0]);
      int y = SIZE - 1 - toPixel(c[1]);
      for (int d = -4; d <= 4; d++) {
        set(px, x + d, y, CENTRE);
        set(px, x, y + d, CENTRE);
      }
    }
    return new ImageGrid.Tiled(px, SIZE, SIZE, 3);
  }

  // Points outside the range (and NaN) map outside the picture and are not drawn.
  private int toPixel(double v) {
    double p = Math.floor((v + range) / (2 * range) * SIZE);
    return p >= 0 && p < SIZE ? (int) p : -1_000;
  }

  private static void set(byte[] px, int x, int y, byte[] colour) {
    if (x >= 0 && x < SIZE && y >= 0 && y < SIZE) {
      System.arraycopy(colour, 0, px, 3 * (y * SIZE + x), 3);
    }
  }

  private static byte[] rgb(int r, int g, int b) {
    return new byte[] {(byte) r, (byte) g, (byte) b};
  }
}
