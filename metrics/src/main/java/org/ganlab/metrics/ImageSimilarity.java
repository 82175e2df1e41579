package org.ganlab.metrics;

/**
 * Full-reference image quality of images against their true counterparts, per image then averaged
 * over images: PSNR and SSIM, both on intensities mapped from [-1, 1] to [0, 1] ({@code (v + 1) /
 * 2}, data range 1), in double precision.
 *
 * <ul>
 *   <li>PSNR = 10 log10(1 / MSE) in dB, MSE over the pixels and channels of one image; an image
 *       equal to its truth (MSE below {@link #MIN_MSE}) counts as {@link #MAX_PSNR} so the mean
 *       stays finite.
 *   <li>SSIM (Wang et al. 2004, "Image Quality Assessment: From Error Visibility to Structural
 *       Similarity") with their 11x11 Gaussian window of sigma 1.5 (normalized to sum 1), K1 =
 *       0.01, K2 = 0.03, and biased local (co)variances, evaluated where the window fits inside the
 *       image (the "valid" region: 18x18 positions on 28x28) and averaged over those positions and
 *       the channels. The 11x11 window fits 28x28 images and is the paper's, so values compare with
 *       the reference implementations ({@code scipy.signal.correlate2d(..., mode="valid")} with
 *       that window).
 * </ul>
 */
public final class ImageSimilarity {
  /** The MSE below which an image counts as equal to its truth. */
  public static final double MIN_MSE = 1e-10;

  /** The PSNR of an image equal to its truth: 10 log10(1 / {@link #MIN_MSE}) = 100 dB. */
  public static final double MAX_PSNR = 100;

  /** The side of the SSIM window. */
  public static final int SSIM_WINDOW = 11;

  /** The standard deviation of the SSIM window's Gaussian, in pixels. */
  public static final double SSIM_SIGMA = 1.5;

  private static final double C1 = 0.01 * 0.01;
  private static final double C2 = 0.03 * 0.03;
  private static final double[] WINDOW = window();

  private ImageSimilarity() {}

  /**
   * {@return the PSNR of each image against its truth, in dB}
   *
   * @param images n images, flattened NHWC in [-1, 1]
   * @param truth the n true images, the same shape
   * @param shape {@code {n, h, w, c}}
   */
  public static double[] psnr(float[] images, float[] truth, int[] shape) {
    int n = check(images, truth, shape);
    int size = images.length / n;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int k = i * size; k < (i + 1) * size; k++) {
        double d = (images[k] - (double) truth[k]) / 2;
        sum += d * d;
      }
      double mse = sum / size;
      out[i] = mse < MIN_MSE ? MAX_PSNR : 10 * Math.log10(1 / mse);
    }
    return out;
  }

  /**
   * {@return the SSIM of each image against its truth, averaged over its channels}
   *
   * @param images n images, flattened NHWC in [-1, 1], at least 11x11
   * @param truth the n true images, the same shape
   * @param shape {@code {n, h, w, c}}
   */
  public static double[] ssim(float[] images, float[] truth, int[] shape) {
    int n = check(images, truth, shape);
    int h = shape[1];
    int w = shape[2];
    int c = shape[3];
    if (h < SSIM_WINDOW || w < SSIM_WINDOW) {
      throw new IllegalArgumentException(
          "SSIM's 11x11 window needs images of at least 11x11, got " + h + "x" + w);
    }
    int rows = h - SSIM_WINDOW + 1;
    int cols = w - SSIM_WINDOW + 1;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      int base = i * h * w * c;
      double sum = 0;
      for (int ch = 0; ch < c; ch++) {
        for (int r = 0; r < rows; r++) {
          for (int q = 0; q < cols; q++) {
            sum += local(images, truth, base, w, c, ch, r, q);
          }
        }
      }
      out[i] = sum / ((double) rows * cols * c);
    }
    return out;
  }

  /**
   * {@return the mean of {@code values}}
   *
   * @param values at least one value
   */
  public static double mean(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s / values.length;
  }

  /** SSIM of the window whose top left corner is (r, q) in channel ch. */
  private static double local(float[] a, float[] b, int base, int w, int c, int ch, int r, int q) {
    double ma = 0;
    double mb = 0;
    double aa = 0;
    double bb = 0;
    double ab = 0;
    for (int dy = 0; dy < SSIM_WINDOW; dy++) {
      for (int dx = 0; dx < SSIM_WINDOW; dx++) {
        int k = base + ((r + dy) * w + q + dx) * c + ch;
        double g = WINDOW[dy * SSIM_WINDOW + dx];
        double x = (a[k] + 1.0) / 2;
        double y = (b[k] + 1.0) / 2;
        ma += g * x;
        mb += g * y;
        aa += g * x * x;
        bb += g * y * y;
        ab += g * x * y;
      }
    }
    double va = aa - ma * ma;
    double vb = bb - mb * mb;
    double cov = ab - ma * mb;
    return ((2 * ma * mb + C1) * (2 * cov + C2)) / ((ma * ma + mb * mb + C1) * (va + vb + C2));
  }

  /** The 11x11 Gaussian of sigma 1.5, normalized to sum 1, row-major. */
  private static double[] window() {
    double[] g = new double[SSIM_WINDOW];
    int half = SSIM_WINDOW / 2;
    for (int i = 0; i < SSIM_WINDOW; i++) {
      double d = i - half;
      g[i] = Math.exp(-d * d / (2 * SSIM_SIGMA * SSIM_SIGMA));
    }
    double[] out = new double[SSIM_WINDOW * SSIM_WINDOW];
    double sum = 0;
    for (int i = 0; i < SSIM_WINDOW; i++) {
      for (int j = 0; j < SSIM_WINDOW; j++) {
        out[i * SSIM_WINDOW + j] = g[i] * g[j];
        sum += out[i * SSIM_WINDOW + j];
      }
    }
    for (int k = 0; k < out.length; k++) {
      out[k] /= sum;
    }
    return out;
  }

  private static int check(float[] images, float[] truth, int[] shape) {
    if (shape.length != 4) {
      throw new IllegalArgumentException("need NHWC images, got rank " + shape.length);
    }
    long count = (long) shape[0] * shape[1] * shape[2] * shape[3];
    if (shape[0] < 1 || images.length != count || truth.length != count) {
      throw new IllegalArgumentException(
          "shape "
              + java.util.Arrays.toString(shape)
              + " needs "
              + count
              + " values; got "
              + images.length
              + " images and "
              + truth.length
              + " truth values");
    }
    return shape[0];
  }
}
