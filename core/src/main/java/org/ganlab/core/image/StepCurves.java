package org.ganlab.core.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One CSV column of several runs against the step, a coloured line each, on a {@link PlotCanvas}
 * (the curves of a figure in the guide). The colours are listed by {@link #colourName(int)}, in the
 * order the runs are given, so a caption can say which line is which.
 */
public final class StepCurves {
  /** Width of the picture in pixels. */
  public static final int WIDTH = 480;

  /** Height of the picture in pixels. */
  public static final int HEIGHT = 300;

  private static final String[] NAMES = {"blue", "red", "green", "orange", "purple", "grey"};
  private static final byte[][] COLOURS = {
    PlotCanvas.rgb(31, 60, 160),
    PlotCanvas.rgb(220, 30, 30),
    PlotCanvas.rgb(30, 150, 60),
    PlotCanvas.rgb(240, 140, 0),
    PlotCanvas.rgb(130, 50, 170),
    PlotCanvas.rgb(100, 100, 100)
  };

  /**
   * One run's curve.
   *
   * @param steps the step of each point, ascending
   * @param values the value at each step
   */
  public record Series(double[] steps, double[] values) {
    /**
     * Refuses arrays of different lengths.
     *
     * @param steps the step of each point, ascending
     * @param values the value at each step
     */
    public Series {
      if (steps.length != values.length) {
        throw new IllegalArgumentException(
            steps.length + " steps but " + values.length + " values");
      }
    }
  }

  private final List<Series> series;
  private final PlotAxis x;
  private final PlotAxis y;

  /**
   * Curves on axes that cover every point.
   *
   * @param series the runs' curves, at most {@link #maxSeries()}
   * @param logY a logarithmic value axis (values of at most 0 are then left out)
   */
  public StepCurves(List<Series> series, boolean logY) {
    if (series.isEmpty() || series.size() > NAMES.length) {
      throw new IllegalArgumentException(
          "a plot takes 1 to " + NAMES.length + " curves, got " + series.size());
    }
    this.series = List.copyOf(series);
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (Series s : series) {
      for (int i = 0; i < s.steps().length; i++) {
        xs.add(s.steps()[i]);
        ys.add(s.values()[i]);
      }
    }
    this.x = PlotAxis.covering(xs.stream().mapToDouble(Double::doubleValue).toArray(), false);
    this.y = PlotAxis.covering(ys.stream().mapToDouble(Double::doubleValue).toArray(), logY);
  }

  /** {@return how many curves one plot can tell apart} */
  public static int maxSeries() {
    return NAMES.length;
  }

  /**
   * {@return the name of the {@code i}-th curve's colour}
   *
   * @param i the curve's index, in the order given
   */
  public static String colourName(int i) {
    return NAMES[i];
  }

  /** {@return the picture} */
  public ImageGrid.Tiled render() {
    PlotCanvas canvas = new PlotCanvas(WIDTH, HEIGHT, x, y);
    for (int i = 0; i < series.size(); i++) {
      canvas.polyline(series.get(i).steps(), series.get(i).values(), COLOURS[i]);
    }
    return canvas.picture();
  }

  /** {@return the axes as a caption states them: "step: ...; value: ..."} */
  public String describeAxes() {
    return String.format(Locale.ROOT, "step: %s; value: %s", x.describe(), y.describe());
  }
}
