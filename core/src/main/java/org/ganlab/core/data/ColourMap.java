package org.ganlab.core.data;

/**
 * A fixed colour map from grayscale to RGB, the true mapping of the {@code cyclegan-colour} task:
 * dark purple through teal to yellow, in the manner of matplotlib's "viridis". Intensity {@code v}
 * in [-1, 1] is mapped to {@code t = (v + 1) / 2} in [0, 1], then each channel is piecewise linear
 * in t through three knots (channel values in [0, 1]):
 *
 * <pre>
 *   t      0     0.5    1
 *   red    0.3   0.1    1.0
 *   green  0.0   0.6    1.0
 *   blue   0.4   0.6    0.1
 * </pre>
 *
 * and written back to [-1, 1] as {@code 2 c - 1}. Green is strictly increasing in t, so the gray
 * value is recoverable from it ({@link ColourMapInverse}); red and blue are not monotone, so the
 * map is more than a scaling of one channel. Computed in double precision, rounded once to float.
 */
public record ColourMap() implements ImageTransform {
  /** The knots of t. */
  static final double[] T = {0, 0.5, 1};

  /** Channel values at the knots, per channel (red, green, blue). */
  static final double[][] CHANNELS = {{0.3, 0.1, 1.0}, {0.0, 0.6, 1.0}, {0.4, 0.6, 0.1}};

  /** The channel the inverse reads: green, the strictly increasing one. */
  static final int MONOTONE_CHANNEL = 1;

  @Override
  public float[] apply(float[] nhwc, int[] shape) {
    int pixels = checkedPixels(nhwc, shape, 1, "the colour map");
    float[] out = new float[3 * pixels];
    for (int i = 0; i < pixels; i++) {
      double t = Math.min(1, Math.max(0, (nhwc[i] + 1.0) / 2.0));
      for (int ch = 0; ch < 3; ch++) {
        out[3 * i + ch] = (float) (2 * interpolate(T, CHANNELS[ch], t) - 1);
      }
    }
    return out;
  }

  @Override
  public int[] outputShape(int[] shape) {
    return new int[] {shape[0], shape[1], 3};
  }

  @Override
  public String describe() {
    return "colour_map(viridis_like)";
  }

  /** {@return the inverse: the gray value of a colour-mapped image, read from its green channel} */
  public ColourMapInverse inverse() {
    return new ColourMapInverse();
  }

  /** The value at {@code x} of the piecewise-linear function through ({@code xs}, {@code ys}). */
  static double interpolate(double[] xs, double[] ys, double x) {
    for (int k = 1; k < xs.length; k++) {
      if (x <= xs[k] || k == xs.length - 1) {
        double f = (x - xs[k - 1]) / (xs[k] - xs[k - 1]);
        return ys[k - 1] + f * (ys[k] - ys[k - 1]);
      }
    }
    throw new IllegalArgumentException("need at least two knots");
  }

  /** The number of pixels of NHWC {@code shape}, checked against the values and the channels. */
  static int checkedPixels(float[] nhwc, int[] shape, int channels, String what) {
    if (shape.length != 4 || shape[3] != channels) {
      throw new IllegalArgumentException(
          what + " needs NHWC images with " + channels + " channels, got " + shapeText(shape));
    }
    long pixels = (long) shape[0] * shape[1] * shape[2];
    if (pixels * channels != nhwc.length) {
      throw new IllegalArgumentException(
          "shape " + shapeText(shape) + " does not match " + nhwc.length + " values");
    }
    return (int) pixels;
  }

  private static String shapeText(int[] shape) {
    return java.util.Arrays.toString(shape);
  }
}
