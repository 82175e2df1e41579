package org.ganlab.metrics.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.ganlab.core.train.Sampler;

/**
 * A test sampler with no randomness of its own: example {@code i} of a call is {@code
 * examples.apply(label)} for conditional calls, else the next of a fixed list, and every call is
 * recorded.
 */
final class FixedSampler implements Sampler {
  /** One recorded call. */
  record Call(long[] seedPair, int n, int[] labels) {}

  private final int[] shape;
  private final int classes;
  private final IntFunction<float[]> example;
  final List<Call> calls = new ArrayList<>();
  private int next;

  /**
   * @param example the example for index {@code i} (unconditional: the i-th example drawn over all
   *     calls; conditional: an example of class {@code i}, drawn afresh each time)
   */
  FixedSampler(int[] shape, int classes, IntFunction<float[]> example) {
    this.shape = shape.clone();
    this.classes = classes;
    this.example = example;
  }

  @Override
  public int[] exampleShape() {
    return shape.clone();
  }

  @Override
  public int numClasses() {
    return classes;
  }

  @Override
  public float[] sample(long[] seedPair, int n, int[] labels) {
    calls.add(new Call(seedPair.clone(), n, labels == null ? null : labels.clone()));
    int size = 1;
    for (int d : shape) {
      size *= d;
    }
    float[] out = new float[n * size];
    for (int i = 0; i < n; i++) {
      float[] x = example.apply(labels != null ? labels[i] : next++);
      System.arraycopy(x, 0, out, i * size, size);
    }
    return out;
  }
}
