package org.ganlab.core.image;

import java.util.Arrays;
import org.ganlab.core.data.DataSource;

/**
 * Draws a batch of generated examples as one uint8 picture for {@code samples/} and TensorBoard: a
 * tiled grid for images, a scatter plot for 2D points.
 */
@FunctionalInterface
public interface SampleRenderer {
  /**
   * @param samples {@code n} generated examples, flattened (images NHWC in [-1, 1]; points x, y)
   * @param n how many
   * @return the picture of the samples
   */
  ImageGrid.Tiled render(float[] samples, int n);

  /**
   * {@return the renderer for examples of {@code shape}: a square grid at 2x for {@code {h, w, c}}
   * images, a {@link ScatterPlot} over {@code data}'s range (and its mixture centres, if it is a 2D
   * Gaussian mixture) for {@code {2}} points}
   *
   * @param shape the shape of one example: {@code {h, w, c}} or {@code {2}}
   * @param data the data source, for a plot's range and centres
   * @throws IllegalArgumentException for any other shape
   */
  static SampleRenderer forExamples(int[] shape, DataSource data) {
    if (shape.length == 3) {
      return (px, n) ->
          ImageGrid.tile(px, n, shape[0], shape[1], shape[2], (int) Math.ceil(Math.sqrt(n)), 2);
    }
    if (shape.length == 1 && shape[0] == 2) {
      return ScatterPlot.of(data)::render;
    }
    throw new IllegalArgumentException(
        "no sample picture for examples of shape "
            + Arrays.toString(shape)
            + " (images {h, w, c} and 2D points {2} are drawn)");
  }
}
