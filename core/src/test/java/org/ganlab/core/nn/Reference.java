package org.ganlab.core.nn;

/** Plain-Java reference convolutions (NHWC, "SAME" padding as TensorFlow defines it). */
final class Reference {
  private Reference() {}

  /** TensorFlow's SAME padding before the first row for input n, stride s, kernel k. */
  private static int padBefore(int in, int out, int k, int s) {
    int total = Math.max((out - 1) * s + k - in, 0);
    return total / 2;
  }

  /** y[b,i,j,o] = sum x[b, i*s + a - p, j*s + c - p, ci] K[a, c, ci, o] (cross-correlation). */
  static double[] conv2dSame(
      double[] x, int b, int h, int w, int in, double[] kernel, int k, int out, int s) {
    int oh = (h + s - 1) / s;
    int ow = (w + s - 1) / s;
    int pt = padBefore(h, oh, k, s);
    int pl = padBefore(w, ow, k, s);
    double[] y = new double[b * oh * ow * out];
    for (int n = 0; n < b; n++) {
      for (int i = 0; i < oh; i++) {
        for (int j = 0; j < ow; j++) {
          for (int o = 0; o < out; o++) {
            double sum = 0;
            for (int a = 0; a < k; a++) {
              for (int c = 0; c < k; c++) {
                int r = i * s + a - pt;
                int q = j * s + c - pl;
                if (r < 0 || r >= h || q < 0 || q >= w) {
                  continue;
                }
                for (int ci = 0; ci < in; ci++) {
                  sum +=
                      x[((n * h + r) * w + q) * in + ci]
                          * kernel[((a * k + c) * in + ci) * out + o];
                }
              }
            }
            y[((n * oh + i) * ow + j) * out + o] = sum;
          }
        }
      }
    }
    return y;
  }

  /**
   * The transpose of {@link #conv2dSame} from [b, h*s, w*s, out] to [b, h, w, in]: every input
   * value scatters kernel[a, c, o, ci] * x into y[b, i*s + a - p, j*s + c - p, o].
   */
  static double[] conv2dTransposeSame(
      double[] x, int b, int h, int w, int in, double[] kernel, int k, int out, int s) {
    int oh = h * s;
    int ow = w * s;
    int pt = padBefore(oh, h, k, s);
    int pl = padBefore(ow, w, k, s);
    double[] y = new double[b * oh * ow * out];
    for (int n = 0; n < b; n++) {
      for (int i = 0; i < h; i++) {
        for (int j = 0; j < w; j++) {
          for (int ci = 0; ci < in; ci++) {
            double v = x[((n * h + i) * w + j) * in + ci];
            for (int a = 0; a < k; a++) {
              for (int c = 0; c < k; c++) {
                int r = i * s + a - pt;
                int q = j * s + c - pl;
                if (r < 0 || r >= oh || q < 0 || q >= ow) {
                  continue;
                }
                for (int o = 0; o < out; o++) {
                  y[((n * oh + r) * ow + q) * out + o] +=
                      v * kernel[((a * k + c) * out + o) * in + ci];
                }
              }
            }
          }
        }
      }
    }
    return y;
  }
}
