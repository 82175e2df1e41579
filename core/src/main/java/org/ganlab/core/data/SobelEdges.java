package org.ganlab.core.data;

import java.util.List;
import org.ganlab.core.config.Hyperparameter;

/**
 * The edge map of an image by the Sobel operator, thresholded to a binary sketch: the input domain
 * of the edges-to-image task ({@link PairedTranslation}). Per image and channel, intensities in
 * [-1, 1] are mapped to [0, 1] ({@code (v + 1) / 2}), then
 *
 * <pre>
 * gx = [-1 0 1; -2 0 2; -1 0 1] (correlation), gy = [-1 -2 -1; 0 0 0; 1 2 1]
 * magnitude = sqrt(gx^2 + gy^2)                  (in [0, 4 sqrt 2])
 * edge = 1 where magnitude &gt; threshold, else -1   (white lines on black)
 * </pre>
 *
 * with the border replicated (the pixel outside the image is its nearest pixel inside), so a
 * uniform image has no edges anywhere. Computed in double precision: deterministic, and the same
 * for the same pixels on every machine.
 *
 * @param threshold the magnitude above which a pixel is an edge, in [0, 4 sqrt 2]
 */
public record SobelEdges(double threshold) implements ImageTransform {
  /** {@code edge_threshold}. */
  public static final List<Hyperparameter<SobelEdges>> HYPERPARAMETERS =
      List.of(
          Hyperparameter.ofDouble(
              "edge_threshold",
              0,
              4 * Math.sqrt(2),
              "Sobel magnitude (intensities in [0, 1]) above which a pixel is an edge",
              SobelEdges::threshold,
              (s, t) -> new SobelEdges(t)));

  /**
   * Checks the threshold.
   *
   * @param threshold the magnitude above which a pixel is an edge, in [0, 4 sqrt 2]
   */
  public SobelEdges {
    if (!(threshold >= 0 && threshold <= 4 * Math.sqrt(2))) {
      throw new IllegalArgumentException(
          "threshold must lie in [0, 4 sqrt 2], the range of the magnitude, got " + threshold);
    }
  }

  /**
   * {@return threshold 1: on Fashion-MNIST an outline of the garment and its larger inner edges}
   */
  public static SobelEdges standard() {
    return new SobelEdges(1.0);
  }

  @Override
  public float[] apply(float[] nhwc, int[] shape) {
    double[] m = magnitude(nhwc, shape);
    float[] out = new float[m.length];
    for (int i = 0; i < m.length; i++) {
      out[i] = m[i] > threshold ? 1f : -1f;
    }
    return out;
  }

  @Override
  public String describe() {
    return "sobel(threshold=" + threshold + ")";
  }

  /**
   * {@return the Sobel gradient magnitude of every pixel and channel, NHWC, of intensities mapped
   * to [0, 1], with the border replicated} The edge map before its threshold.
   *
   * @param nhwc the images, flattened NHWC in [-1, 1]
   * @param shape {@code {n, h, w, c}}
   */
  public static double[] magnitude(float[] nhwc, int[] shape) {
    if (shape.length != 4) {
      throw new IllegalArgumentException("Sobel needs NHWC images, got rank " + shape.length);
    }
    int n = shape[0];
    int h = shape[1];
    int w = shape[2];
    int c = shape[3];
    if ((long) n * h * w * c != nhwc.length) {
      throw new IllegalArgumentException(
          "shape "
              + java.util.Arrays.toString(shape)
              + " does not match "
              + nhwc.length
              + " values");
    }
    double[] out = new double[nhwc.length];
    for (int i = 0; i < n; i++) {
      int base = i * h * w * c;
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          for (int ch = 0; ch < c; ch++) {
            double gx = 0;
            double gy = 0;
            for (int dy = -1; dy <= 1; dy++) {
              for (int dx = -1; dx <= 1; dx++) {
                int yy = Math.min(h - 1, Math.max(0, y + dy));
                int xx = Math.min(w - 1, Math.max(0, x + dx));
                double v = (nhwc[base + (yy * w + xx) * c + ch] + 1.0) / 2.0;
                // Sobel weights: the centre row/column counts twice.
                gx += dx * (dy == 0 ? 2 : 1) * v;
                gy += dy * (dx == 0 ? 2 : 1) * v;
              }
            }
            out[base + (y * w + x) * c + ch] = Math.sqrt(gx * gx + gy * gy);
          }
        }
      }
    }
    return out;
  }
}
