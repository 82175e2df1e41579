package org.ganlab.core.data;

/**
 * The true mapping of ganlab's first unpaired task ({@code cyclegan}): intensity inversion and a
 * horizontal flip, {@code out[n][y][x][c] = -in[n][y][w-1-x][c]} on images in [-1, 1]. There
 * inversion {@code 255 - x} is exactly negation, so the map is exact in float arithmetic and is its
 * own inverse: applying it twice gives the input back bit for bit.
 *
 * <p>A geometric change (the mirror image), which CycleGAN learns poorly (Zhu et al. 2017, section
 * 5.3): the task stays as the documented limit of the method.
 */
public record InvertAndMirror() implements ImageTransform {
  @Override
  public float[] apply(float[] nhwc, int[] shape) {
    if (shape.length != 4) {
      throw new IllegalArgumentException("T needs NHWC images, got rank " + shape.length);
    }
    int n = shape[0];
    int h = shape[1];
    int w = shape[2];
    int c = shape[3];
    if ((long) n * h * w * c != nhwc.length) {
      throw new IllegalArgumentException("shape does not match " + nhwc.length + " values");
    }
    float[] out = new float[nhwc.length];
    for (int row = 0; row < n * h; row++) {
      int base = row * w * c;
      for (int x = 0; x < w; x++) {
        int src = base + (w - 1 - x) * c;
        int dst = base + x * c;
        for (int ch = 0; ch < c; ch++) {
          out[dst + ch] = -nhwc[src + ch];
        }
      }
    }
    return out;
  }

  @Override
  public String describe() {
    return "invert_and_mirror";
  }
}
