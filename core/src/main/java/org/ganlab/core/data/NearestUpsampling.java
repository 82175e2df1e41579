package org.ganlab.core.data;

/**
 * Upsampling by pixel replication: every pixel becomes a {@code factor x factor} block of its
 * value. It shows a low-resolution image at the size of its original without inventing detail (the
 * input column of a super-resolution picture), and it inverts {@link AreaDownsampling} on images
 * that are constant over its blocks.
 *
 * @param factor how many times each side grows, at least 1
 */
public record NearestUpsampling(int factor) implements ImageTransform {
  /**
   * Checks the factor.
   *
   * @param factor how many times each side grows, at least 1
   */
  public NearestUpsampling {
    if (factor < 1) {
      throw new IllegalArgumentException("the upsampling factor must be at least 1, got " + factor);
    }
  }

  @Override
  public int[] outputShape(int[] shape) {
    return new int[] {shape[0] * factor, shape[1] * factor, shape[2]};
  }

  @Override
  public float[] apply(float[] nhwc, int[] shape) {
    NhwcShape.check(nhwc, shape, describe());
    int n = shape[0];
    int h = shape[1];
    int w = shape[2];
    int c = shape[3];
    int oh = h * factor;
    int ow = w * factor;
    float[] out = new float[n * oh * ow * c];
    for (int i = 0; i < n; i++) {
      for (int y = 0; y < oh; y++) {
        for (int x = 0; x < ow; x++) {
          System.arraycopy(
              nhwc,
              ((i * h + y / factor) * w + x / factor) * c,
              out,
              ((i * oh + y) * ow + x) * c,
              c);
        }
      }
    }
    return out;
  }

  @Override
  public String describe() {
    return "nearest-upsampling(factor=" + factor + ")";
  }
}
