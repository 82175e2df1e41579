package org.ganlab.core.data;

import java.util.Arrays;

/** Checks of flattened NHWC arrays against their shapes, shared by the resampling transforms. */
final class NhwcShape {
  private NhwcShape() {}

  /** Throws unless {@code shape} is {@code {n, h, w, c}} and holds exactly the array's values. */
  static void check(float[] nhwc, int[] shape, String what) {
    if (shape.length != 4) {
      throw new IllegalArgumentException(what + " needs NHWC images, got rank " + shape.length);
    }
    if ((long) shape[0] * shape[1] * shape[2] * shape[3] != nhwc.length) {
      throw new IllegalArgumentException(
          what
              + ": shape "
              + Arrays.toString(shape)
              + " does not match "
              + nhwc.length
              + " values");
    }
  }
}
