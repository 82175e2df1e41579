package org.ganlab.core.data;

/**
 * Bicubic upsampling by an integer factor with Keys' cubic convolution kernel (Keys 1981, "Cubic
 * convolution interpolation for digital image processing") at a = -0.5, the kernel of MATLAB's
 * {@code imresize}, which the super-resolution literature's bicubic rows use (SRGAN, Ledig et al.
 * 2017, among them):
 *
 * <pre>
 * W(t) = (a + 2)|t|^3 - (a + 3)|t|^2 + 1       for |t| &lt;= 1
 *        a|t|^3 - 5a|t|^2 + 8a|t| - 4a         for 1 &lt; |t| &lt; 2
 *        0                                     otherwise
 * </pre>
 *
 * Output pixel o of a side samples the input at u = (o + 0.5) / factor - 0.5 (pixel centres
 * aligned, as {@code imresize}), from the four input pixels floor(u) - 1 .. floor(u) + 2 weighted
 * W(u - j), the border replicated; the kernel is separable (rows, then columns). The weights sum to
 * one, so uniform images stay uniform. The kernel overshoots at edges, so outputs are clipped to
 * [-1, 1], the pixel range, as {@code imresize} on 8-bit images clips to [0, 255]. Computed in
 * double precision: deterministic on every machine.
 *
 * @param factor how many times each side grows, at least 1
 */
public record BicubicUpsampling(int factor) implements ImageTransform {
  /** Keys' free parameter: -0.5 makes the interpolation third-order accurate. */
  public static final double A = -0.5;

  /**
   * Checks the factor.
   *
   * @param factor how many times each side grows, at least 1
   */
  public BicubicUpsampling {
    if (factor < 1) {
      throw new IllegalArgumentException("the upsampling factor must be at least 1, got " + factor);
    }
  }

  /**
   * {@return Keys' cubic kernel W(t) at a = -0.5}
   *
   * @param t the distance from the sample point, in input pixels
   */
  public static double kernel(double t) {
    double x = Math.abs(t);
    if (x <= 1) {
      return ((A + 2) * x - (A + 3)) * x * x + 1;
    }
    if (x < 2) {
      return ((A * x - 5 * A) * x + 8 * A) * x - 4 * A;
    }
    return 0;
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
    Taps rows = new Taps(h, oh, factor);
    Taps cols = new Taps(w, ow, factor);
    float[] out = new float[n * oh * ow * c];
    double[] wide = new double[h * ow * c]; // one image with its rows interpolated along x
    for (int i = 0; i < n; i++) {
      int base = i * h * w * c;
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < ow; x++) {
          for (int ch = 0; ch < c; ch++) {
            double v = 0;
            for (int k = 0; k < 4; k++) {
              v += cols.weight[x][k] * nhwc[base + (y * w + cols.index[x][k]) * c + ch];
            }
            wide[(y * ow + x) * c + ch] = v;
          }
        }
      }
      for (int y = 0; y < oh; y++) {
        for (int x = 0; x < ow; x++) {
          for (int ch = 0; ch < c; ch++) {
            double v = 0;
            for (int k = 0; k < 4; k++) {
              v += rows.weight[y][k] * wide[(rows.index[y][k] * ow + x) * c + ch];
            }
            out[((i * oh + y) * ow + x) * c + ch] = (float) Math.max(-1, Math.min(1, v));
          }
        }
      }
    }
    return out;
  }

  @Override
  public String describe() {
    return "bicubic-upsampling(factor=" + factor + ", a=" + A + ")";
  }

  /** The four input indices (border replicated) and weights of every output position of a side. */
  private static final class Taps {
    final int[][] index;
    final double[][] weight;

    Taps(int in, int out, int factor) {
      index = new int[out][4];
      weight = new double[out][4];
      for (int o = 0; o < out; o++) {
        double u = (o + 0.5) / factor - 0.5;
        int first = (int) Math.floor(u) - 1;
        for (int k = 0; k < 4; k++) {
          int j = first + k;
          index[o][k] = Math.min(in - 1, Math.max(0, j));
          weight[o][k] = kernel(u - j);
        }
      }
    }
  }
}
