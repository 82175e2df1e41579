package org.ganlab.metrics.features;

import java.util.Arrays;
import java.util.Objects;
import org.ganlab.core.data.Batch;
import org.ganlab.metrics.FeatureMatrix;
import org.tensorflow.types.TFloat32;

/** Helpers shared by the extractors: slicing image batches and copying results out of tensors. */
final class Batches {
  /** How far outside [-1, 1] a pixel may be and still count as rounding. */
  static final float RANGE_TOLERANCE = 1e-3f;

  private Batches() {}

  /**
   * Checks that {@code images} is a non-empty NHWC batch of finite pixels in [-1, 1] and returns
   * its shape. Pixels in 0..255 or NaNs would otherwise give plausible-looking features.
   */
  static int[] nhwc(Batch images, String who) {
    Objects.requireNonNull(images, "images");
    int[] shape = images.shape();
    if (shape.length != 4 || shape[0] == 0) {
      throw new IllegalArgumentException(
          who
              + " takes a non-empty NHWC image batch"
              + " [n, height, width, channels], got shape "
              + Arrays.toString(shape));
    }
    float[] v = images.values();
    int per = v.length / shape[0];
    for (int i = 0; i < v.length; i++) {
      float x = v[i];
      if (!Float.isFinite(x) || Math.abs(x) > 1 + RANGE_TOLERANCE) {
        throw new IllegalArgumentException(
            who
                + ": images must hold finite pixels in [-1, 1] (x / 127.5 - 1 for 0..255 values),"
                + " found "
                + x
                + " at image "
                + i / per
                + ", value "
                + i % per);
      }
    }
    return shape;
  }

  /** Images {@code [from, to)} of a batch (a copy; labels dropped). */
  static Batch slice(Batch images, int from, int to) {
    int[] shape = images.shape().clone();
    int per = images.values().length / shape[0];
    shape[0] = to - from;
    return new Batch(shape, Arrays.copyOfRange(images.values(), from * per, to * per), null);
  }

  /** The values of a float32 tensor of shape [n, d] as a float64 feature matrix. */
  static FeatureMatrix matrix(TFloat32 t) {
    if (t.shape().numDimensions() != 2) {
      throw new IllegalStateException("expected a [n, d] tensor, got shape " + t.shape());
    }
    float[] values = new float[(int) t.shape().size()];
    t.asRawTensor().data().asFloats().read(values);
    double[] wide = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      wide[i] = values[i];
    }
    return FeatureMatrix.wrapRowMajor((int) t.shape().get(0), (int) t.shape().get(1), wide);
  }
}
