package org.ganlab.core.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.ganlab.core.data.IdxReader.Kind;

/**
 * Parses the (decompressed) bytes of one IDX file for {@link IdxReader}: the magic number, type
 * code and dimension sizes, the data, and nothing after it, reporting every mismatch as an {@link
 * IdxFormatException} that names the file, what was expected and what was found.
 */
final class IdxStreamParser {
  // Arrays index by int; stay clear of the VM's array-size limit.
  private static final long MAX_ELEMENTS = Integer.MAX_VALUE - 16;

  private IdxStreamParser() {}

  /**
   * Parses {@code in}, which holds exactly one IDX file of {@code kind}; {@code gzipped} says
   * whether a short read means the gzip stream ended early.
   */
  static IdxArray parse(String name, String sha256, InputStream in, boolean gzipped, Kind kind)
      throws IOException {
    String ending = gzipped ? " (the gzip stream ends early)" : "";
    byte[] magic = new byte[4];
    int got = readFully(in, magic);
    if (got < 4) {
      throw IdxFormatException.mismatch(
          name, "truncated header", "a 4-byte magic number", got + " bytes" + ending);
    }
    if (magic[0] != 0 || magic[1] != 0) {
      throw IdxFormatException.mismatch(
          name,
          "wrong magic number (not an IDX file)",
          "two zero bytes, a type code and a rank (e.g. 0x00000803 for images)",
          String.format("0x%08X", bytesToInt(magic, 0)));
    }
    int type = magic[2] & 0xFF;
    if (type != IdxReader.TYPE_UNSIGNED_BYTE) {
      throw IdxFormatException.mismatch(
          name,
          "unsupported element type",
          "type code 0x08 (unsigned byte)",
          String.format("0x%02X (%s)", type, typeName(type)));
    }
    int rank = magic[3] & 0xFF;
    byte[] dimBytes = new byte[4 * rank];
    got = readFully(in, dimBytes);
    if (got < dimBytes.length) {
      throw IdxFormatException.mismatch(
          name,
          "truncated header",
          dimBytes.length + " bytes of dimension sizes for " + rank + " dimensions",
          got + " bytes" + ending);
    }
    int[] dims = new int[rank];
    long count = 1;
    for (int i = 0; i < rank; i++) {
      dims[i] = bytesToInt(dimBytes, 4 * i);
      if (dims[i] < 0) {
        throw IdxFormatException.mismatch(
            name,
            "bad size of dimension " + i,
            "a size in [0, 2^31)",
            Integer.toUnsignedString(dims[i]));
      }
      count = Math.min(count * dims[i], MAX_ELEMENTS + 1);
    }
    if (!kind.allows(rank)) {
      throw IdxFormatException.mismatch(
          name,
          "wrong number of dimensions",
          kind.description(),
          rank + " (sizes " + dimsToString(dims) + ")");
    }
    if (count > MAX_ELEMENTS) {
      throw IdxFormatException.mismatch(
          name,
          "array too large",
          "at most " + MAX_ELEMENTS + " elements",
          "sizes " + dimsToString(dims));
    }
    byte[] data = new byte[(int) count];
    got = readFully(in, data);
    if (got < count) {
      throw IdxFormatException.mismatch(
          name,
          "truncated data",
          count + " bytes of data (sizes " + dimsToString(dims) + ")",
          got + " bytes" + ending);
    }
    long extra = countRemaining(in);
    if (extra > 0) {
      throw IdxFormatException.mismatch(
          name,
          "trailing data",
          "the file to end after " + count + " bytes of data (sizes " + dimsToString(dims) + ")",
          extra + " more bytes");
    }
    return new IdxArray(name, sha256, dims, data, true);
  }

  // Reads until buf is full or the stream ends; returns the number of bytes read. A gzip stream
  // that stops mid-member throws EOFException instead of returning -1: that is truncation too.
  private static int readFully(InputStream in, byte[] buf) throws IOException {
    int off = 0;
    try {
      while (off < buf.length) {
        int r = in.read(buf, off, buf.length - off);
        if (r < 0) {
          break;
        }
        off += r;
      }
    } catch (EOFException e) {
      // fall through: off bytes were read before the stream ended
    }
    return off;
  }

  private static long countRemaining(InputStream in) throws IOException {
    long n = 0;
    byte[] buf = new byte[8192];
    try {
      for (int r; (r = in.read(buf)) > 0; ) {
        n += r;
      }
    } catch (EOFException e) {
      // a truncated gzip trailer after complete data: the data itself is whole
    }
    return n;
  }

  private static int bytesToInt(byte[] b, int off) {
    return ((b[off] & 0xFF) << 24)
        | ((b[off + 1] & 0xFF) << 16)
        | ((b[off + 2] & 0xFF) << 8)
        | (b[off + 3] & 0xFF);
  }

  private static String dimsToString(int[] dims) {
    return dims.length == 0
        ? "[] (a scalar)"
        : Arrays.stream(dims).mapToObj(Integer::toString).collect(Collectors.joining(" x "));
  }

  private static String typeName(int type) {
    switch (type) {
      case 0x09:
        return "signed byte";
      case 0x0B:
        return "short";
      case 0x0C:
        return "int";
      case 0x0D:
        return "float";
      case 0x0E:
        return "double";
      default:
        return "not an IDX type";
    }
  }
}
