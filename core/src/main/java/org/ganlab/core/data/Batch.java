package org.ganlab.core.data;

import java.util.Arrays;
import java.util.Objects;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * One batch of examples, ready to be copied into a float32 tensor.
 *
 * <p>{@code values} holds {@code shape[0]} examples in row-major order with the full batch shape in
 * {@code shape}: {@code [batch, height, width, channels]} (NHWC) for images, whose pixels are
 * scaled to [-1, 1] by {@code x / 127.5 - 1}, or {@code [batch, 2]} for 2D points. {@code labels}
 * holds one class per example, or is null for unlabelled data.
 *
 * <p>A batch is created fresh by every {@link DataSource#batch} call and then belongs to the
 * caller: the arrays are not copied again (a batch is on the training hot path) and should be
 * treated as read-only. {@code equals} and {@code hashCode} compare array contents, so two batches
 * are equal exactly when they would feed identical tensors.
 *
 * @param shape the batch shape, batch dimension first
 * @param values the example values, row-major, {@code product(shape)} of them
 * @param labels one label per example, or null
 */
public record Batch(int[] shape, float[] values, int[] labels) {
  /**
   * Checks that the arrays agree with the shape.
   *
   * @param shape the batch shape, batch dimension first
   * @param values the example values, row-major, {@code product(shape)} of them
   * @param labels one label per example, or null
   */
  public Batch {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(values, "values");
    if (shape.length == 0) {
      throw new IllegalArgumentException("shape needs a batch dimension");
    }
    long count = 1;
    for (int d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
      }
      count *= d;
    }
    if (count != values.length) {
      throw new IllegalArgumentException(
          "shape " + Arrays.toString(shape) + " needs " + count + " values, got " + values.length);
    }
    if (labels != null && labels.length != shape[0]) {
      throw new IllegalArgumentException(
          "batch of " + shape[0] + " examples has " + labels.length + " labels");
    }
  }

  /**
   * {@return the values as a float tensor of {@link #shape()} (the caller closes it): the one place
   * a batch becomes a tensor}
   */
  public TFloat32 toTensor() {
    long[] dims = new long[shape.length];
    for (int i = 0; i < dims.length; i++) {
      dims[i] = shape[i];
    }
    return TFloat32.tensorOf(Shape.of(dims), DataBuffers.of(values, true, false));
  }

  /**
   * {@return examples {@code [from, from + count)} of this batch, with their labels}
   *
   * @param from the first example
   * @param count how many examples
   */
  public Batch rows(int from, int count) {
    if (from < 0 || count < 0 || from + count > shape[0]) {
      throw new IllegalArgumentException(
          "rows [" + from + ", " + (from + count) + ") outside a batch of " + shape[0]);
    }
    int per = shape[0] == 0 ? 0 : values.length / shape[0];
    int[] s = shape.clone();
    s[0] = count;
    return new Batch(
        s,
        Arrays.copyOfRange(values, from * per, (from + count) * per),
        labels == null ? null : Arrays.copyOfRange(labels, from, from + count));
  }

  /** {@return the number of examples} */
  public int size() {
    return shape[0];
  }

  /** {@return the shape of one example (the batch shape without its first dimension)} */
  public int[] exampleShape() {
    return Arrays.copyOfRange(shape, 1, shape.length);
  }

  /** {@return whether the batch carries labels} */
  public boolean hasLabels() {
    return labels != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Batch b
        && Arrays.equals(shape, b.shape)
        && Arrays.equals(values, b.values)
        && Arrays.equals(labels, b.labels);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(shape) + Arrays.hashCode(values)) + Arrays.hashCode(labels);
  }

  @Override
  public String toString() {
    return "Batch[shape=" + Arrays.toString(shape) + (labels == null ? "" : ", labelled") + "]";
  }
}
