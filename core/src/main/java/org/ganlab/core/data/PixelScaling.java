package org.ganlab.core.data;

import java.util.Objects;

/**
 * The mapping between unsigned pixel bytes (0..255) and the scaled range [-1, 1] that models see:
 * {@code b -> b / 127.5 - 1} when a batch is built from an {@link ImageDataset}, and its inverse,
 * rounding to the nearest byte, when scaled values (e.g. generated images) become pixels again.
 */
public final class PixelScaling {
  // x -> x / 127.5 - 1 for every byte value; written once here and never changed.
  private static final float[] SCALED = new float[256];

  static {
    for (int i = 0; i < 256; i++) {
      SCALED[i] = i / 127.5f - 1f;
    }
  }

  private PixelScaling() {}

  /**
   * {@return the pixel byte (unsigned, 0..255) nearest to a value in [-1, 1] (clipped first): the
   * inverse of {@link #scale}}
   *
   * @param v a scaled value
   */
  public static byte quantize(float v) {
    return (byte) Math.round((Math.max(-1f, Math.min(1f, v)) + 1f) * 127.5f);
  }

  /**
   * {@return the value a pixel byte {@code b} (unsigned, 0..255) is scaled to: {@code b / 127.5 -
   * 1}}
   *
   * @param b the pixel byte, 0..255
   */
  public static float scale(int b) {
    return SCALED[b & 0xFF];
  }

  /** {@return a new array with the pixel byte {@link #quantize(float)} gives for each value} */
  static byte[] quantize(float[] scaled) {
    byte[] pixels = new byte[scaled.length];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = quantize(scaled[i]);
    }
    return pixels;
  }

  /**
   * Writes image {@code i} of {@code d} scaled to [-1, 1] into {@code dst} starting at {@code
   * offset}.
   *
   * @param d the dataset
   * @param i the image, in [0, d.n())
   * @param dst the array to write {@code height * width * channels} floats into
   * @param offset the index in {@code dst} of the first float
   */
  public static void writeScaled(ImageDataset d, int i, float[] dst, int offset) {
    Objects.checkIndex(i, d.n());
    int size = d.imageSize();
    byte[] pixels = d.pixelData();
    int base = i * size;
    for (int k = 0; k < size; k++) {
      dst[offset + k] = SCALED[pixels[base + k] & 0xFF];
    }
  }
}
