package org.ganlab.core.data;

import java.util.Objects;

/**
 * Copies of chosen images of an {@link ImageDataset}, by index and in that order, with their
 * labels: as a scaled batch ({@link ImageDataset#batchOf}) or as a new dataset ({@link
 * ImageDataset#subset}).
 */
final class ImageSelection {
  private ImageSelection() {}

  /** {@return the images of {@code d} at {@code indices} as a scaled NHWC batch} */
  static Batch batch(ImageDataset d, int[] indices) {
    int size = d.imageSize();
    float[] values = new float[indices.length * size];
    int[] batchLabels = d.hasLabels() ? new int[indices.length] : null;
    for (int k = 0; k < indices.length; k++) {
      PixelScaling.writeScaled(d, indices[k], values, k * size);
      if (batchLabels != null) {
        batchLabels[k] = d.label(indices[k]);
      }
    }
    return new Batch(
        new int[] {indices.length, d.height(), d.width(), d.channels()}, values, batchLabels);
  }

  /** {@return the images of {@code d} at {@code indices} as a new dataset called {@code name}} */
  static ImageDataset subset(ImageDataset d, String name, int[] indices) {
    int size = d.imageSize();
    byte[] pixels = d.pixelData();
    byte[] out = new byte[Math.multiplyExact(indices.length, size)];
    int[] outLabels = d.hasLabels() ? new int[indices.length] : null;
    for (int k = 0; k < indices.length; k++) {
      int i = Objects.checkIndex(indices[k], d.n());
      System.arraycopy(pixels, i * size, out, k * size, size);
      if (outLabels != null) {
        outLabels[k] = d.label(i);
      }
    }
    return d.derived(name, indices.length, out, outLabels);
  }
}
