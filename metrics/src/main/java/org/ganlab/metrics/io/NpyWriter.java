package org.ganlab.metrics.io;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ganlab.core.io.AtomicFiles;

/**
 * Writes NumPy {@code .npy} files (C order, little endian, float32 or float64) byte for byte as
 * {@code numpy.save} does: format 1.0 (2.0 only if the header would not fit), the header dict in
 * sorted key order, padded with spaces (including NumPy's spare room for the first dimension to
 * grow) and a newline so the data starts on a 64-byte boundary.
 *
 * <p>Files are written to a temporary file in the same directory and renamed into place, so a crash
 * never leaves a half-written file under the final name.
 */
public final class NpyWriter {
  private static final int ARRAY_ALIGN = 64;

  /** NumPy leaves room in the header for the growth axis to reach this many digits. */
  private static final int GROWTH_AXIS_MAX_DIGITS = 21;

  private NpyWriter() {}

  /**
   * Writes {@code array} to {@code path}, atomically.
   *
   * @param path the file to write
   * @param array the array to write
   * @throws IOException if the file cannot be written
   */
  public static void write(Path path, NpyArray array) throws IOException {
    checkWritable(array);
    AtomicFiles.write(path, out -> write(out, array));
  }

  /**
   * {@return the bytes of a {@code .npy} file holding {@code array}}
   *
   * @param array the array to encode
   */
  public static byte[] toBytes(NpyArray array) {
    checkWritable(array);
    ByteArrayOutputStream out =
        new ByteArrayOutputStream(128 + array.data().length * array.dtype().size());
    try {
      write(out, array);
    } catch (IOException e) {
      throw new AssertionError("in-memory write failed", e);
    }
    return out.toByteArray();
  }

  /**
   * Writes {@code array} as a {@code .npy} file to a stream (the stream is not closed).
   *
   * @param out the stream to write to
   * @param array the array to write
   * @throws IOException if the stream cannot be written
   */
  public static void write(OutputStream out, NpyArray array) throws IOException {
    checkWritable(array);
    out.write(header(array.shape(), array.dtype()));
    double[] data = array.data();
    int size = array.dtype().size();
    byte[] chunk = new byte[1 << 16];
    ByteBuffer buf = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
    int perChunk = chunk.length / size;
    for (int start = 0; start < data.length; start += perChunk) {
      int n = Math.min(perChunk, data.length - start);
      buf.clear();
      for (int i = 0; i < n; i++) {
        if (array.dtype() == NpyDtype.FLOAT64) {
          buf.putDouble(data[start + i]);
        } else {
          buf.putFloat((float) data[start + i]);
        }
      }
      out.write(chunk, 0, n * size);
    }
  }

  private static void checkWritable(NpyArray array) {
    checkArgument(
        array.dtype() == NpyDtype.FLOAT64 || array.dtype() == NpyDtype.FLOAT32,
        "only float32 and float64 arrays can be written, got %s",
        array.dtype());
  }

  /** Magic, version, header length and the padded header dict, as numpy.lib.format writes them. */
  static byte[] header(int[] shape, NpyDtype dtype) {
    StringBuilder dict = new StringBuilder();
    dict.append("{'descr': '").append(dtype.descr()).append("', 'fortran_order': False, 'shape': ");
    dict.append(NpyReader.shapeString(shape)).append(", }");
    if (shape.length > 0) {
      dict.append(
          " ".repeat(Math.max(0, GROWTH_AXIS_MAX_DIGITS - Integer.toString(shape[0]).length())));
    }
    byte[] text = dict.toString().getBytes(StandardCharsets.ISO_8859_1);
    // Version 1.0 stores the header length in 2 bytes; fall back to 2.0 (4 bytes) if too long.
    for (int major = 1; major <= 2; major++) {
      int lengthBytes = major == 1 ? 2 : 4;
      int hlen = text.length + 1; // + the final newline
      int padlen = ARRAY_ALIGN - ((8 + lengthBytes + hlen) % ARRAY_ALIGN);
      long total = (long) hlen + padlen;
      if (major == 1 && total > 0xffff) {
        continue;
      }
      ByteBuffer b =
          ByteBuffer.allocate(8 + lengthBytes + (int) total).order(ByteOrder.LITTLE_ENDIAN);
      b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
      if (major == 1) {
        b.putShort((short) total);
      } else {
        b.putInt((int) total);
      }
      b.put(text);
      for (int i = 0; i < padlen; i++) {
        b.put((byte) ' ');
      }
      b.put((byte) '\n');
      return b.array();
    }
    throw new AssertionError("unreachable");
  }
}
