package org.ganlab.metrics;

import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt32;

/** Copies between Java arrays and TensorFlow tensors; callers own (and close) what it returns. */
final class Tensors {
  private Tensors() {}

  static TFloat64 matrix(double[] rowMajor, int rows, int cols) {
    return TFloat64.tensorOf(Shape.of(rows, cols), DataBuffers.of(rowMajor, true, false));
  }

  static TFloat64 vector(double[] values) {
    return TFloat64.tensorOf(Shape.of(values.length), DataBuffers.of(values, true, false));
  }

  static TInt32 intVector(int[] values) {
    return TInt32.tensorOf(Shape.of(values.length), DataBuffers.of(values, true, false));
  }

  static TInt32 intScalar(int value) {
    return TInt32.scalarOf(value);
  }

  /** All values of a float64 tensor, row-major. */
  static double[] toArray(Tensor t) {
    TFloat64 f = (TFloat64) t;
    double[] out = new double[Math.toIntExact(f.shape().size())];
    f.copyTo(DataBuffers.of(out, false, false));
    return out;
  }

  static double scalar(Tensor t) {
    return ((TFloat64) t).getDouble();
  }
}
