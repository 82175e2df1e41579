package org.ganlab.core.data;

/**
 * The inverse of {@link ColourMap}: the gray value of a colour-mapped image, read from its green
 * channel, which the map makes strictly increasing in the gray value. Piecewise linear through the
 * map's green knots with the axes swapped; green values outside the map's range are clamped to it.
 * On the map's own outputs it returns the gray value up to float rounding (about 1e-7).
 */
public record ColourMapInverse() implements ImageTransform {
  @Override
  public float[] apply(float[] nhwc, int[] shape) {
    int pixels = ColourMap.checkedPixels(nhwc, shape, 3, "the inverse colour map");
    double[] greens = ColourMap.CHANNELS[ColourMap.MONOTONE_CHANNEL];
    float[] out = new float[pixels];
    for (int i = 0; i < pixels; i++) {
      double g = (nhwc[3 * i + ColourMap.MONOTONE_CHANNEL] + 1.0) / 2.0;
      g = Math.min(greens[greens.length - 1], Math.max(greens[0], g));
      out[i] = (float) (2 * ColourMap.interpolate(greens, ColourMap.T, g) - 1);
    }
    return out;
  }

  @Override
  public int[] outputShape(int[] shape) {
    return new int[] {shape[0], shape[1], 1};
  }

  @Override
  public String describe() {
    return "colour_map_inverse(viridis_like)";
  }
}
