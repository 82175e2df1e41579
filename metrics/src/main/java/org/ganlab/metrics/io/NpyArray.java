package org.ganlab.metrics.io;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import org.ganlab.metrics.FeatureMatrix;

/**
 * An n-dimensional array read from or written to a {@code .npy} file: its shape, the dtype it is
 * stored as and its values in C (row-major) order, widened to float64.
 *
 * @param shape the dimensions (empty for a scalar)
 * @param dtype how the values are stored in the file
 * @param data the values, row-major; length is the product of {@code shape}
 */
public record NpyArray(int[] shape, NpyDtype dtype, double[] data) {

  /**
   * Validates and copies.
   *
   * @param shape the dimensions (empty for a scalar)
   * @param dtype how the values are stored in the file
   * @param data the values, row-major; length is the product of {@code shape}
   */
  public NpyArray {
    shape = shape.clone();
    long size = 1;
    for (int d : shape) {
      checkArgument(d >= 0, "negative dimension in shape %s", Arrays.toString(shape));
      size *= d;
    }
    checkArgument(
        size == data.length,
        "shape %s holds %s values, got %s",
        Arrays.toString(shape),
        size,
        data.length);
    data = data.clone();
  }

  /**
   * {@return a float64 matrix}
   *
   * @param m the matrix, stored with shape [rows, cols]
   */
  public static NpyArray of(FeatureMatrix m) {
    return new NpyArray(new int[] {m.rows(), m.cols()}, NpyDtype.FLOAT64, m.toRowMajor());
  }

  /**
   * {@return a float64 vector}
   *
   * @param values the values, stored with shape [length]
   */
  public static NpyArray vector(double[] values) {
    return new NpyArray(new int[] {values.length}, NpyDtype.FLOAT64, values);
  }

  /** {@return a copy of the shape} */
  @Override
  public int[] shape() {
    return shape.clone();
  }

  /** {@return a copy of the values} */
  @Override
  public double[] data() {
    return data.clone();
  }

  /** {@return number of dimensions} */
  public int rank() {
    return shape.length;
  }

  /**
   * {@return the same values stored as another dtype (for writing float32 files)}
   *
   * @param newDtype the dtype to store the values as
   */
  public NpyArray withDtype(NpyDtype newDtype) {
    return new NpyArray(shape, newDtype, data);
  }

  /** {@return the array as a feature matrix; it must be 2-D} */
  public FeatureMatrix toMatrix() {
    checkArgument(shape.length == 2, "expected a 2-D array, got shape %s", Arrays.toString(shape));
    return FeatureMatrix.wrapRowMajor(shape[0], shape[1], data.clone());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NpyArray a
        && Arrays.equals(shape, a.shape)
        && dtype == a.dtype
        && Arrays.equals(data, a.data);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "NpyArray[shape=" + Arrays.toString(shape) + ", dtype=" + dtype + "]";
  }
}
