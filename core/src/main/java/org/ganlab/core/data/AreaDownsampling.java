package org.ganlab.core.data;

import java.util.Arrays;

/**
 * Downsampling by area averaging: each output pixel is the mean of a {@code factor x factor} block
 * of input pixels, per channel, so 28x28 becomes 14x14 (factor 2) or 7x7 (factor 4). The input
 * domain of super-resolution ({@link PairedTranslation}): the low-resolution image whose
 * full-resolution original is the target. Area averaging (a box filter) is what a sensor of larger
 * pixels records; it aliases less than keeping every {@code factor}-th pixel. Computed in double
 * precision and rounded once to float: deterministic on every machine.
 *
 * @param factor the side of the averaged block, at least 2; the image sides must be multiples of it
 */
public record AreaDownsampling(int factor) implements ImageTransform {
  /**
   * Checks the factor.
   *
   * @param factor the side of the averaged block, at least 2
   */
  public AreaDownsampling {
    if (factor < 2) {
      throw new IllegalArgumentException(
          "the downsampling factor must be at least 2, got " + factor);
    }
  }

  @Override
  public int[] outputShape(int[] shape) {
    if (shape[0] % factor != 0 || shape[1] % factor != 0) {
      throw new IllegalArgumentException(
          "area averaging by "
              + factor
              + " needs sides that are multiples of it, got "
              + Arrays.toString(shape));
    }
    return new int[] {shape[0] / factor, shape[1] / factor, shape[2]};
  }

  @Override
  public float[] apply(float[] nhwc, int[] shape) {
    NhwcShape.check(nhwc, shape, describe());
    int n = shape[0];
    int h = shape[1];
    int w = shape[2];
    int c = shape[3];
    int[] out = outputShape(new int[] {h, w, c});
    int oh = out[0];
    int ow = out[1];
    float[] result = new float[n * oh * ow * c];
    double area = (double) factor * factor;
    for (int i = 0; i < n; i++) {
      for (int y = 0; y < oh; y++) {
        for (int x = 0; x < ow; x++) {
          for (int ch = 0; ch < c; ch++) {
            double sum = 0;
            for (int dy = 0; dy < factor; dy++) {
              for (int dx = 0; dx < factor; dx++) {
                sum += nhwc[((i * h + y * factor + dy) * w + x * factor + dx) * c + ch];
              }
            }
            result[((i * oh + y) * ow + x) * c + ch] = (float) (sum / area);
          }
        }
      }
    }
    return result;
  }

  @Override
  public String describe() {
    return "area-downsampling(factor=" + factor + ")";
  }
}
