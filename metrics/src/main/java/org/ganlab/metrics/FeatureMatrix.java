package org.ganlab.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat64;

/**
 * An immutable {@code n x d} matrix of feature vectors, one row per sample, stored row-major in
 * float64.
 *
 * <p>This is the common input of the feature-based metrics (FID, KID, precision/recall,
 * density/coverage), so a feature extractor, a {@code .npy} file or a test can feed any of them.
 * Values are kept in float64 even when they come from float32 features because every metric here
 * accumulates sums over thousands of samples, where float32 would lose digits the reference
 * implementations keep.
 *
 * <p>Every value must be finite: a NaN feature would silently turn every metric into NaN, so the
 * factories reject it and name the offending row and column.
 */
public final class FeatureMatrix {
  private final int rows;
  private final int cols;
  private final double[] data;

  private FeatureMatrix(int rows, int cols, double[] data) {
    this.rows = rows;
    this.cols = cols;
    this.data = data;
  }

  /**
   * Copies a rectangular {@code double[n][d]} array.
   *
   * @param rows the values, {@code rows[i]} the i-th sample; every row of the same length
   * @return a matrix holding a copy of {@code rows}
   */
  public static FeatureMatrix of(double[][] rows) {
    checkArgument(rows.length > 0 && rows[0].length > 0, "feature matrix must be non-empty");
    int d = rows[0].length;
    double[] flat = new double[Math.multiplyExact(rows.length, d)];
    for (int i = 0; i < rows.length; i++) {
      checkArgument(
          rows[i].length == d, "row %s has %s columns, row 0 has %s", i, rows[i].length, d);
      System.arraycopy(rows[i], 0, flat, i * d, d);
    }
    return checked(rows.length, d, flat);
  }

  /**
   * Copies a rectangular {@code float[n][d]} array, widening to float64.
   *
   * @param rows the values, {@code rows[i]} the i-th sample; every row of the same length
   * @return a matrix holding a float64 copy of {@code rows}
   */
  public static FeatureMatrix of(float[][] rows) {
    checkArgument(rows.length > 0 && rows[0].length > 0, "feature matrix must be non-empty");
    int d = rows[0].length;
    double[] flat = new double[Math.multiplyExact(rows.length, d)];
    for (int i = 0; i < rows.length; i++) {
      checkArgument(
          rows[i].length == d, "row %s has %s columns, row 0 has %s", i, rows[i].length, d);
      for (int j = 0; j < d; j++) {
        flat[i * d + j] = rows[i][j];
      }
    }
    return checked(rows.length, d, flat);
  }

  /**
   * Copies a row-major float64 array of {@code rows * cols} values.
   *
   * @param rows the number of samples
   * @param cols the feature dimension
   * @param rowMajor the values, row after row; its length must be {@code rows * cols}
   * @return a matrix holding a copy of {@code rowMajor}
   */
  public static FeatureMatrix ofRowMajor(int rows, int cols, double[] rowMajor) {
    checkShape(rows, cols, rowMajor.length);
    return checked(rows, cols, rowMajor.clone());
  }

  /**
   * Copies a row-major float32 array of {@code rows * cols} values, widening to float64.
   *
   * @param rows the number of samples
   * @param cols the feature dimension
   * @param rowMajor the values, row after row; its length must be {@code rows * cols}
   * @return a matrix holding a float64 copy of {@code rowMajor}
   */
  public static FeatureMatrix ofRowMajor(int rows, int cols, float[] rowMajor) {
    checkShape(rows, cols, rowMajor.length);
    double[] flat = new double[rowMajor.length];
    for (int i = 0; i < flat.length; i++) {
      flat[i] = rowMajor[i];
    }
    return checked(rows, cols, flat);
  }

  /**
   * Wraps a row-major float64 array without copying it. The caller hands the array over and must
   * not modify it afterwards; this exists because a 10,000 x 2,048 feature set is 160 MB and an
   * extractor should not have to hold it twice.
   *
   * @param rows the number of samples
   * @param cols the feature dimension
   * @param rowMajor the values, row after row; its length must be {@code rows * cols}
   * @return a matrix backed by {@code rowMajor}
   */
  public static FeatureMatrix wrapRowMajor(int rows, int cols, double[] rowMajor) {
    checkShape(rows, cols, rowMajor.length);
    return checked(rows, cols, rowMajor);
  }

  private static void checkShape(int rows, int cols, int length) {
    checkArgument(rows > 0 && cols > 0, "feature matrix must be non-empty, got %sx%s", rows, cols);
    checkArgument(
        (long) rows * cols == length,
        "%s x %s feature matrix needs %s values, got %s",
        rows,
        cols,
        (long) rows * cols,
        length);
  }

  private static FeatureMatrix checked(int rows, int cols, double[] data) {
    for (int i = 0; i < data.length; i++) {
      if (!Double.isFinite(data[i])) {
        throw new IllegalArgumentException(
            "feature matrix has a non-finite value "
                + data[i]
                + " at row "
                + (i / cols)
                + ", column "
                + (i % cols));
      }
    }
    return new FeatureMatrix(rows, cols, data);
  }

  /** {@return number of samples (rows)} */
  public int rows() {
    return rows;
  }

  /** {@return feature dimension (columns)} */
  public int cols() {
    return cols;
  }

  /**
   * {@return the value at row {@code i}, column {@code j}}
   *
   * @param i the row (sample), in [0, rows)
   * @param j the column (feature), in [0, cols)
   */
  public double get(int i, int j) {
    return data[i * cols + j];
  }

  /**
   * {@return a copy of row {@code i}}
   *
   * @param i the row (sample), in [0, rows)
   */
  public double[] row(int i) {
    return Arrays.copyOfRange(data, i * cols, (i + 1) * cols);
  }

  /** {@return a copy of the values as {@code double[rows][cols]}} */
  public double[][] toArray() {
    double[][] out = new double[rows][];
    for (int i = 0; i < rows; i++) {
      out[i] = row(i);
    }
    return out;
  }

  /**
   * The values, row-major, without a copy: for readers in this package that must not hold a 160 MB
   * feature set twice. Callers must not modify the array.
   */
  double[] backingArray() {
    return data;
  }

  /** {@return a copy of the values, row-major} */
  public double[] toRowMajor() {
    return data.clone();
  }

  /**
   * {@return a new matrix made of the given rows, in the given order (repeats allowed)}
   *
   * @param indices the rows to take, each in [0, rows)
   */
  public FeatureMatrix selectRows(int[] indices) {
    checkArgument(indices.length > 0, "no rows selected");
    double[] out = new double[Math.multiplyExact(indices.length, cols)];
    for (int k = 0; k < indices.length; k++) {
      int i = indices[k];
      checkArgument(i >= 0 && i < rows, "row index %s out of range [0, %s)", i, rows);
      System.arraycopy(data, i * cols, out, k * cols, cols);
    }
    return new FeatureMatrix(indices.length, cols, out);
  }

  /**
   * Copies the values into a new {@code [rows, cols]} float64 tensor. The caller owns the tensor
   * and must close it.
   *
   * @return a new {@code [rows, cols]} float64 tensor holding the values
   */
  public TFloat64 toTensor() {
    return TFloat64.tensorOf(Shape.of(rows, cols), DataBuffers.of(data, true, false));
  }

  @Override
  public String toString() {
    return "FeatureMatrix[" + rows + " x " + cols + "]";
  }
}
