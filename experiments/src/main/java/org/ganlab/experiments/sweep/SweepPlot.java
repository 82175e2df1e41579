package org.ganlab.experiments.sweep;

import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.image.PlotAxis;
import org.ganlab.core.image.PlotCanvas;

/**
 * A sweep's metric against one swept key: every run as a small dark-blue dot, every trial's mean
 * over seeds as a larger red square, on a {@link PlotCanvas}. It has no text: the table's caption
 * states each axis's range.
 */
final class SweepPlot {
  static final int WIDTH = 480;
  static final int HEIGHT = 360;
  private static final byte[] RUN = PlotCanvas.rgb(31, 60, 160);
  private static final byte[] MEAN = PlotCanvas.rgb(220, 30, 30);

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
    PlotCanvas canvas = new PlotCanvas(WIDTH, HEIGHT, x, y);
    for (int i = 0; i < meanX.length; i++) {
      canvas.square(meanX[i], meanY[i], 4, MEAN);
    }
    for (int i = 0; i < runX.length; i++) {
      canvas.square(runX[i], runY[i], 1, RUN);
    }
    return canvas.picture();
  }
}
