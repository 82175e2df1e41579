package org.ganlab.metrics.io;

import org.ganlab.core.data.ImageDataset;

/**
 * Images as a {@code .npy} array of shape {@code N x H x W x C} with values in [0, 1], the layout
 * other tools (clean-fid, torch-fidelity, NumPy scripts) exchange; ganlab's own images are in [-1,
 * 1]. A rank-4 {@code .npy} is images, a rank-2 one a feature matrix.
 */
public final class NpyImages {
  private NpyImages() {}

  /**
   * {@return {@code n} images of {@code shape = {h, w, c}} in [-1, 1], NHWC, as a float32 array in
   * [0, 1]}
   *
   * @param images the images, flattened NHWC in [-1, 1]
   * @param n the number of images
   * @param shape {@code {h, w, c}} of one image
   */
  public static NpyArray of(float[] images, int n, int[] shape) {
    if (shape.length != 3) {
      throw new IllegalArgumentException(
          "images need a {height, width, channels} shape, got rank " + shape.length);
    }
    int size = shape[0] * shape[1] * shape[2];
    if (images.length != n * size) {
      throw new IllegalArgumentException(
          "expected " + n + " x " + size + " values, got " + images.length);
    }
    double[] v = new double[images.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.min(1, Math.max(0, (images[i] + 1) / 2.0));
    }
    return new NpyArray(new int[] {n, shape[0], shape[1], shape[2]}, NpyDtype.FLOAT32, v);
  }

  /**
   * {@return the images of a rank-4 array in [0, 1] (or uint8 0..255), quantized to bytes as a PNG
   * would store them}
   *
   * @param array a rank-4 array [n, h, w, c]
   * @param source names the array in messages (its file)
   * @throws IllegalArgumentException naming {@code source} for another rank or a value out of range
   */
  public static ImageDataset toImages(NpyArray array, String source) {
    int[] s = array.shape();
    if (s.length != 4) {
      throw new IllegalArgumentException(
          source + ": images need a rank-4 array N x H x W x C, got rank " + s.length);
    }
    double scale = array.dtype() == NpyDtype.UINT8 ? 1 : 255;
    double[] v = array.data();
    byte[] px = new byte[v.length];
    for (int i = 0; i < v.length; i++) {
      double b = v[i] * scale;
      if (!(b >= 0 && b <= 255)) {
        throw new IllegalArgumentException(
            source
                + ": value "
                + v[i]
                + " at index "
                + i
                + " is outside "
                + (scale == 1 ? "0..255" : "[0, 1]"));
      }
      px[i] = (byte) Math.round(b);
    }
    return ImageDataset.ofPixels(source, s[0], s[1], s[2], s[3], px, null, 0);
  }
}
