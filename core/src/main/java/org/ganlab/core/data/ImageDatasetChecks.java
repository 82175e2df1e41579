package org.ganlab.core.data;

import java.util.List;

/**
 * The invariants every {@link ImageDataset} is checked against when it is built: a valid shape,
 * pixel bytes for exactly that shape, one label per image in [0, numClasses), and either no class
 * names or one per class.
 */
final class ImageDatasetChecks {
  private ImageDatasetChecks() {}

  /** Throws an {@link IllegalArgumentException} naming the first invariant that does not hold. */
  static void check(
      int n,
      int height,
      int width,
      int channels,
      byte[] pixels,
      int[] labels,
      int numClasses,
      List<String> classNames) {
    if (n < 0 || height <= 0 || width <= 0 || channels <= 0) {
      throw new IllegalArgumentException(
          "bad image dataset shape: n=" + n + ", " + height + "x" + width + "x" + channels);
    }
    if ((long) n * height * width * channels != pixels.length) {
      throw new IllegalArgumentException(
          n
              + " images of "
              + height
              + "x"
              + width
              + "x"
              + channels
              + " need "
              + (long) n * height * width * channels
              + " bytes, got "
              + pixels.length);
    }
    if (labels != null && labels.length != n) {
      throw new IllegalArgumentException(n + " images but " + labels.length + " labels");
    }
    if (labels == null && numClasses != 0) {
      throw new IllegalArgumentException("unlabelled data must have numClasses 0");
    }
    if (labels != null) {
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] < 0 || labels[i] >= numClasses) {
          throw new IllegalArgumentException(
              "label " + labels[i] + " of image " + i + " is outside [0, " + numClasses + ")");
        }
      }
    }
    if (!classNames.isEmpty() && classNames.size() != numClasses) {
      throw new IllegalArgumentException(
          classNames.size() + " class names for " + numClasses + " classes");
    }
  }
}
