package org.ganlab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * PSNR and SSIM against values computed once with NumPy and SciPy on the same float32 images: PSNR
 * as 10 log10(1 / mean((a - b)^2)) and SSIM with {@code scipy.signal.correlate2d(z, win,
 * mode="valid")} and the normalized 11x11 Gaussian window of sigma 1.5, K1 = 0.01, K2 = 0.03, both
 * on {@code (v + 1) / 2} in float64.
 */
class ImageSimilarityTest {
  private static final int N = 3;
  private static final int[] SHAPE = {N, 28, 28, 1};

  /**
   * Images 0 and 1: unrelated integer patterns; image 2: a pattern and the same off by one level in
   * most pixels. {@code a} is the first of each pair, {@code b} the second.
   */
  private static float[][] fixture() {
    float[] a = new float[N * 28 * 28];
    float[] b = new float[a.length];
    for (int i = 0; i < N; i++) {
      for (int r = 0; r < 28; r++) {
        for (int c = 0; c < 28; c++) {
          int k = (i * 28 + r) * 28 + c;
          if (i < 2) {
            a[k] = (float) (((r * 7 + c * 13 + i * 5) % 29) / 14.0 - 1.0);
            b[k] = (float) (((r * r + 3 * c + i * 11) % 31) / 15.0 - 1.0);
          } else {
            int v = (r * 7 + c * 13) % 27 + 1;
            a[k] = (float) (v / 14.0 - 1.0);
            b[k] = (float) ((v + (r + 2 * c) % 3 - 1) / 14.0 - 1.0);
          }
        }
      }
    }
    return new float[][] {a, b};
  }

  @Test
  void psnrMatchesNumpy() {
    float[][] f = fixture();
    double[] p = ImageSimilarity.psnr(f[0], f[1], SHAPE);
    assertThat(p[0]).isCloseTo(7.345339008442398, within(1e-6));
    assertThat(p[1]).isCloseTo(7.342719695633971, within(1e-6));
    assertThat(p[2]).isCloseTo(30.701304465243346, within(1e-6));
    assertThat(ImageSimilarity.mean(p)).isCloseTo(15.129787723106572, within(1e-6));
  }

  @Test
  void ssimMatchesScipy() {
    float[][] f = fixture();
    double[] s = ImageSimilarity.ssim(f[0], f[1], SHAPE);
    assertThat(s[0]).isCloseTo(-0.0790779503429148, within(1e-6));
    assertThat(s[1]).isCloseTo(-0.024695637902249712, within(1e-6));
    assertThat(s[2]).isCloseTo(0.9944452473806284, within(1e-6));
    assertThat(ImageSimilarity.mean(s)).isCloseTo(0.29689055304515466, within(1e-6));
  }

  @Test
  void identicalImagesScoreTheCeilingAndSymmetryHolds() {
    float[][] f = fixture();
    assertThat(ImageSimilarity.psnr(f[0], f[0], SHAPE)).containsOnly(ImageSimilarity.MAX_PSNR);
    assertThat(ImageSimilarity.ssim(f[0], f[0], SHAPE))
        .containsOnly(new double[] {1, 1, 1}, within(1e-12));
    assertThat(ImageSimilarity.ssim(f[1], f[0], SHAPE)[2])
        .isCloseTo(ImageSimilarity.ssim(f[0], f[1], SHAPE)[2], within(1e-12));
    assertThatThrownBy(
            () -> ImageSimilarity.ssim(new float[100], new float[100], new int[] {1, 10, 10, 1}))
        .hasMessageContaining("at least 11x11");
    assertThatThrownBy(
            () -> ImageSimilarity.psnr(new float[3], new float[4], new int[] {1, 1, 3, 1}))
        .hasMessageContaining("4 truth values");
  }
}
