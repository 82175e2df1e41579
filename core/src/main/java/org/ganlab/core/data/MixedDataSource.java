package org.ganlab.core.data;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Batches drawn from two sources at a fixed ratio, e.g. real and generated images for data
 * augmentation: a batch of {@code b} examples holds {@code b - m} examples of the first source
 * followed by {@code m = round(b * secondFraction)} of the second, each source asked for its own
 * share at the same step. Both must give examples of one shape and, if labelled, of one set of
 * classes.
 *
 * <p>Mixing inside every batch rather than by drawing whole batches keeps the ratio exact at every
 * step and the batch a pure function of the step, as {@link DataSource} requires.
 */
public final class MixedDataSource implements DataSource {
  private final DataSource first;
  private final DataSource second;
  private final double secondFraction;

  /**
   * Mixes {@code second} into {@code first}.
   *
   * @param first the source of the other {@code 1 - secondFraction} of each batch (the real data)
   * @param second the source of {@code secondFraction} of each batch (the generated data)
   * @param secondFraction the share of each batch from {@code second}, in [0, 1]
   */
  public MixedDataSource(DataSource first, DataSource second, double secondFraction) {
    this.first = Objects.requireNonNull(first, "first");
    this.second = Objects.requireNonNull(second, "second");
    if (!(secondFraction >= 0 && secondFraction <= 1)) {
      throw new IllegalArgumentException(
          "the mixed-in fraction must be in [0, 1], got " + secondFraction);
    }
    if (!Arrays.equals(first.shape(), second.shape())) {
      throw new IllegalArgumentException(
          "cannot mix examples of shape "
              + Arrays.toString(first.shape())
              + " with examples of shape "
              + Arrays.toString(second.shape()));
    }
    if (first.numClasses() != second.numClasses()) {
      throw new IllegalArgumentException(
          "cannot mix a source of "
              + first.numClasses()
              + " classes with one of "
              + second.numClasses());
    }
    this.secondFraction = secondFraction;
  }

  /** {@return the share of each batch drawn from the second source} */
  public double secondFraction() {
    return secondFraction;
  }

  /**
   * {@return how many of a batch of {@code batchSize} come from the second source}
   *
   * @param batchSize the batch size
   */
  public int secondCount(int batchSize) {
    return (int) Math.round(batchSize * secondFraction);
  }

  /** {@return the first source's epoch length (its data sets the epoch), or unbounded} */
  @Override
  public int size() {
    return first.size();
  }

  @Override
  public int[] shape() {
    return first.shape();
  }

  @Override
  public int numClasses() {
    return first.numClasses();
  }

  @Override
  public Batch batch(long step, int batchSize) {
    int m = secondCount(batchSize);
    if (m == 0) {
      return first.batch(step, batchSize);
    }
    if (m == batchSize) {
      return second.batch(step, batchSize);
    }
    Batch a = first.batch(step, batchSize - m);
    Batch b = second.batch(step, m);
    if (a.hasLabels() != b.hasLabels()) {
      throw new IllegalStateException("one mixed source gives labels and the other does not");
    }
    float[] values = Arrays.copyOf(a.values(), a.values().length + b.values().length);
    System.arraycopy(b.values(), 0, values, a.values().length, b.values().length);
    int[] labels = null;
    if (a.hasLabels()) {
      labels = Arrays.copyOf(a.labels(), batchSize);
      System.arraycopy(b.labels(), 0, labels, a.size(), m);
    }
    int[] shape = a.shape().clone();
    shape[0] = batchSize;
    return new Batch(shape, values, labels);
  }

  @Override
  public Map<String, String> fileChecksums() {
    Map<String, String> all = new LinkedHashMap<>(first.fileChecksums());
    all.putAll(second.fileChecksums());
    return all;
  }
}
