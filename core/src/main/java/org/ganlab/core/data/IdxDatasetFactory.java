package org.ganlab.core.data;

import java.util.List;
import java.util.Map;

/**
 * Builds an {@link ImageDataset} from IDX arrays, for {@link ImageDataset#of(IdxArray, IdxArray,
 * int, List)}: checks the arrays' ranks and the labels' count and range, naming the files, and
 * records both files' checksums.
 */
final class IdxDatasetFactory {
  private IdxDatasetFactory() {}

  static ImageDataset of(
      IdxArray images, IdxArray labels, int numClasses, List<String> classNames) {
    if (images.rank() != 3 && images.rank() != 4) {
      throw IdxFormatException.mismatch(
          images.source(),
          "wrong number of dimensions",
          "3 or 4 (images: count, rows, columns[, channels])",
          Integer.toString(images.rank()));
    }
    int n = images.dim(0);
    Map<String, String> checksums = new java.util.LinkedHashMap<>();
    checksums.put(images.source(), images.sha256());
    int[] labelValues = null;
    if (labels != null) {
      if (labels.rank() != 1) {
        throw IdxFormatException.mismatch(
            labels.source(),
            "wrong number of dimensions",
            "1 (labels: count)",
            Integer.toString(labels.rank()));
      }
      if (labels.dim(0) != n) {
        throw DataFileException.mismatch(
            labels.source(),
            "label count does not match image count",
            n + " labels (one per image in " + images.source() + ")",
            labels.dim(0) + " labels");
      }
      labelValues = new int[n];
      for (int i = 0; i < n; i++) {
        int label = labels.get(i);
        if (label >= numClasses) {
          throw DataFileException.mismatch(
              labels.source(),
              "label out of range at index " + i,
              "a class in [0, " + numClasses + ")",
              Integer.toString(label));
        }
        labelValues[i] = label;
      }
      checksums.put(labels.source(), labels.sha256());
    } else if (numClasses != 0) {
      throw new IllegalArgumentException("unlabelled data must have numClasses 0");
    }
    return new ImageDataset(
        images.source(),
        n,
        images.dim(1),
        images.dim(2),
        images.rank() == 4 ? images.dim(3) : 1,
        images.data(),
        labelValues,
        numClasses,
        classNames,
        checksums);
  }
}
