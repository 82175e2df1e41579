package org.ganlab.core.data;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * An unsigned-byte IDX array as read from one file: its dimensions, its elements in row-major
 * order, the file it came from and the SHA-256 of that file's bytes (for provenance).
 *
 * <p>Immutable. It is a class rather than a record because a record would hand out its arrays; the
 * element array can be tens of megabytes, so reads go through {@link #get}, {@link
 * #asReadOnlyBuffer} or an explicit {@link #copyData}.
 */
public final class IdxArray {
  private final String source;
  private final String sha256;
  private final int[] dims;
  private final byte[] data;

  /**
   * Creates an array, copying {@code dims} and {@code data}.
   *
   * @param source the file or resource the array came from (used in error messages)
   * @param sha256 lowercase hex SHA-256 of the source file's bytes
   * @param dims the dimensions, outermost first; their product must equal {@code data.length}
   * @param data the elements as unsigned bytes, row-major
   */
  public IdxArray(String source, String sha256, int[] dims, byte[] data) {
    this(source, sha256, dims.clone(), data.clone(), true);
  }

  // Takes ownership of the arrays: the reader hands over freshly read arrays, and copying a
  // 47 MB image block only to drop the original would double the peak memory of a load.
  IdxArray(String source, String sha256, int[] dims, byte[] data, boolean owned) {
    this.source = Objects.requireNonNull(source, "source");
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.dims = Objects.requireNonNull(dims, "dims");
    this.data = Objects.requireNonNull(data, "data");
    long count = 1;
    for (int d : dims) {
      if (d < 0) {
        throw new IllegalArgumentException("negative dimension in " + Arrays.toString(dims));
      }
      count *= d;
    }
    if (count != data.length) {
      throw new IllegalArgumentException(
          "dims "
              + Arrays.toString(dims)
              + " hold "
              + count
              + " elements, data has "
              + data.length);
    }
  }

  /** {@return the file or resource name the array was read from} */
  public String source() {
    return source;
  }

  /**
   * {@return lowercase hex SHA-256 of the bytes of the source file (compressed bytes for a .gz
   * file)}
   */
  public String sha256() {
    return sha256;
  }

  /** {@return the number of dimensions} */
  public int rank() {
    return dims.length;
  }

  /** {@return a copy of the dimensions, outermost first} */
  public int[] dims() {
    return dims.clone();
  }

  /**
   * {@return the size of dimension {@code i}}
   *
   * @param i the dimension, from 0 (outermost)
   */
  public int dim(int i) {
    return dims[i];
  }

  /** {@return the number of elements} */
  public int size() {
    return data.length;
  }

  /**
   * {@return element {@code i} (row-major) as an unsigned value in [0, 255]}
   *
   * @param i the element's row-major index, in [0, size)
   */
  public int get(int i) {
    return Byte.toUnsignedInt(data[i]);
  }

  /**
   * {@return a read-only view of the elements (no copy); bytes are unsigned, read with {@code &
   * 0xFF}}
   */
  public ByteBuffer asReadOnlyBuffer() {
    return ByteBuffer.wrap(data).asReadOnlyBuffer();
  }

  /** {@return a copy of the elements} */
  public byte[] copyData() {
    return data.clone();
  }

  // Zero-copy access for this package's datasets, which never write to it.
  byte[] data() {
    return data;
  }

  @Override
  public String toString() {
    return "IdxArray[" + source + ", dims=" + Arrays.toString(dims) + "]";
  }
}
