package org.ganlab.core.data;

import java.util.stream.IntStream;

/**
 * The images of one class of a labelled dataset: the training set of a one-class anomaly detector.
 */
public final class OneClass {
  private OneClass() {}

  /**
   * {@return the images of {@code dataset} labelled {@code c}, in file order}
   *
   * @param dataset a labelled dataset
   * @param c a class of {@code dataset}
   * @throws IllegalArgumentException if the dataset has no labels or no class {@code c}
   */
  public static ImageDataset of(ImageDataset dataset, int c) {
    if (!dataset.hasLabels() || c < 0 || c >= dataset.numClasses()) {
      throw new IllegalArgumentException(dataset + " has no class " + c);
    }
    int[] labels = dataset.labels();
    int[] idx = IntStream.range(0, labels.length).filter(i -> labels[i] == c).toArray();
    return dataset.subset(dataset.name() + "[class " + c + "]", idx);
  }
}
