package org.ganlab.metrics.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The data section of a {@code .npy} file, for {@link NpyReader}: the values of one little-endian
 * dtype read in chunks and widened to float64, and column-major (Fortran) data reordered to
 * row-major (C) order.
 */
final class NpyData {
  private NpyData() {}

  /**
   * Reads {@code count} little-endian values of {@code dtype} from {@code in}, widened to float64;
   * {@code source} and {@code shape} are for the message if the data section is truncated.
   */
  static double[] read(InputStream in, NpyDtype dtype, int count, String source, int[] shape)
      throws IOException {
    double[] data = new double[count];
    long expectedBytes = (long) count * dtype.size();
    byte[] chunk = new byte[1 << 16];
    ByteBuffer buf = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
    int done = 0;
    long bytesRead = 0;
    int perChunk = chunk.length / dtype.size();
    while (done < count) {
      int want = Math.min(perChunk, count - done) * dtype.size();
      int got = in.readNBytes(chunk, 0, want);
      bytesRead += got;
      if (got < want) {
        throw new NpyFormatException(
            source,
            "truncated: shape "
                + NpyReader.shapeString(shape)
                + " "
                + dtype.descr()
                + " needs "
                + expectedBytes
                + " data bytes, found "
                + bytesRead);
      }
      buf.clear();
      int n = want / dtype.size();
      for (int i = 0; i < n; i++) {
        data[done + i] =
            switch (dtype) {
              case FLOAT32 -> buf.getFloat();
              case FLOAT64 -> buf.getDouble();
              case INT32 -> buf.getInt();
              case INT64 -> (double) buf.getLong();
              case UINT8 -> buf.get() & 0xff;
            };
      }
      done += n;
    }
    return data;
  }

  /** Reorders column-major (Fortran) data into row-major (C) order. */
  static double[] fortranToC(double[] f, int[] shape) {
    int rank = shape.length;
    int[] cStride = new int[rank];
    int s = 1;
    for (int k = rank - 1; k >= 0; k--) {
      cStride[k] = s;
      s *= shape[k];
    }
    double[] c = new double[f.length];
    int[] idx = new int[rank];
    for (int i = 0; i < f.length; i++) {
      int pos = 0;
      for (int k = 0; k < rank; k++) {
        pos += idx[k] * cStride[k];
      }
      c[pos] = f[i];
      // Fortran order: the first index varies fastest.
      for (int k = 0; k < rank; k++) {
        if (++idx[k] < shape[k]) {
          break;
        }
        idx[k] = 0;
      }
    }
    return c;
  }
}
