package org.ganlab.core.data;

import java.util.List;
import java.util.Map;

/**
 * Builds an {@link ImageDataset} from pixels in memory, for {@link ImageDataset#ofPixels}: checks
 * that every label lies in [0, numClasses) and copies the arrays, so that the dataset owns them.
 */
final class PixelDatasetFactory {
  private PixelDatasetFactory() {}

  static ImageDataset ofPixels(
      String name,
      int n,
      int height,
      int width,
      int channels,
      byte[] pixels,
      int[] labels,
      int numClasses) {
    if (labels != null) {
      for (int l : labels) {
        if (l < 0 || l >= numClasses) {
          throw new IllegalArgumentException("label " + l + " outside [0, " + numClasses + ")");
        }
      }
    }
    return new ImageDataset(
        name,
        n,
        height,
        width,
        channels,
        pixels.clone(),
        labels == null ? null : labels.clone(),
        numClasses,
        List.of(),
        Map.of());
  }
}
