package org.ganlab.metrics.io;

/**
 * The little-endian element types this package reads from {@code .npy} files. Floats are what
 * feature files and statistics hold; the integer types cover class-id arrays. Only the float types
 * can be written.
 */
public enum NpyDtype {
  /** {@code <f4}: IEEE float32. */
  FLOAT32("<f4", 4),
  /** {@code <f8}: IEEE float64. */
  FLOAT64("<f8", 8),
  /** {@code <i4}: int32. */
  INT32("<i4", 4),
  /** {@code <i8}: int64 (values beyond 2^53 lose precision when widened to float64). */
  INT64("<i8", 8),
  /** {@code |u1}: uint8 (images). */
  UINT8("|u1", 1);

  private final String descr;
  private final int size;

  NpyDtype(String descr, int size) {
    this.descr = descr;
    this.size = size;
  }

  /** {@return NumPy's {@code descr} string, e.g. {@code <f8}} */
  public String descr() {
    return descr;
  }

  /** {@return bytes per element} */
  public int size() {
    return size;
  }

  /** The dtype for a {@code descr}, or null. {@code <u1} and {@code |i1}-style aliases included. */
  static NpyDtype fromDescr(String descr) {
    switch (descr) {
      case "<f4":
        return FLOAT32;
      case "<f8":
        return FLOAT64;
      case "<i4":
        return INT32;
      case "<i8":
        return INT64;
      case "|u1":
      case "<u1":
        return UINT8;
      default:
        return null;
    }
  }
}
