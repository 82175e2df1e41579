package org.ganlab.core.data;

import com.google.common.hash.Hashing;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files (the MNIST / Fashion-MNIST format), plain or gzipped.
 *
 * <p>Layout: two zero bytes, a type code, the number of dimensions {@code r}, {@code r} big-endian
 * int32 dimension sizes, then the elements row-major. Only type 0x08 (unsigned byte) is supported,
 * since it is what image and label files use. Compression is detected from the gzip magic bytes
 * (0x1f 0x8b), not from the file name, so a renamed file still reads.
 *
 * <p>The whole file is read into memory first: that lets the SHA-256 for provenance be taken over
 * exactly the bytes that were parsed, and the largest file (26 MB gzipped) fits easily.
 *
 * <p>Every problem is reported as a {@link DataFileException} (content problems as its subclass
 * {@link IdxFormatException}) whose message names the file, what was expected and what was found.
 */
public final class IdxReader {
  /** The IDX type code for unsigned bytes. */
  public static final int TYPE_UNSIGNED_BYTE = 0x08;

  /** What the caller expects the file to hold, which fixes the allowed number of dimensions. */
  public enum Kind {
    /** Any number of dimensions. */
    ANY("any number of dimensions"),
    /** Images: (count, rows, columns) or (count, rows, columns, channels). */
    IMAGES("3 or 4 dimensions (images: count, rows, columns[, channels])", 3, 4),
    /** Labels: (count). */
    LABELS("1 dimension (labels: count)", 1);

    private final String description;
    private final int[] ranks;

    Kind(String description, int... ranks) {
      this.description = description;
      this.ranks = ranks;
    }

    boolean allows(int rank) {
      return ranks.length == 0 || Arrays.stream(ranks).anyMatch(r -> r == rank);
    }
  }

  private static final int GZIP_MAGIC_0 = 0x1f;
  private static final int GZIP_MAGIC_1 = 0x8b;
  // Arrays index by int; stay clear of the VM's array-size limit.
  private static final long MAX_ELEMENTS = Integer.MAX_VALUE - 16;

  private IdxReader() {}

  /**
   * Reads an IDX file with any number of dimensions.
   *
   * @param file the IDX file, plain or gzipped
   * @return the array
   */
  public static IdxArray read(Path file) {
    return read(file, Kind.ANY);
  }

  /**
   * Reads an image file: (count, rows, columns) or (count, rows, columns, channels).
   *
   * @param file the IDX file, plain or gzipped
   * @return the images, of rank 3 or 4
   */
  public static IdxArray readImages(Path file) {
    return read(file, Kind.IMAGES);
  }

  /**
   * Reads a label file: (count).
   *
   * @param file the IDX file, plain or gzipped
   * @return the labels, of rank 1
   */
  public static IdxArray readLabels(Path file) {
    return read(file, Kind.LABELS);
  }

  /**
   * Reads an IDX file expected to hold {@code kind}.
   *
   * @param file the IDX file, plain or gzipped
   * @param kind what the file must hold: any array, images or labels
   * @return the array
   */
  public static IdxArray read(Path file, Kind kind) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new DataFileException(name, "file not found", e);
    } catch (IOException e) {
      throw new DataFileException(name, "cannot read file: " + e, e);
    }
    return parse(name, bytes, kind);
  }

  /**
   * Reads an IDX file from a stream (e.g. a class-path resource) and closes it.
   *
   * @param name the name to report in errors and in {@link IdxArray#source()}
   * @param in the stream, or null if the resource does not exist
   * @param kind what the stream must hold: any array, images or labels
   * @return the array
   */
  public static IdxArray read(String name, InputStream in, Kind kind) {
    if (in == null) {
      throw new DataFileException(name, "file not found");
    }
    byte[] bytes;
    try (in) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new DataFileException(name, "cannot read file: " + e, e);
    }
    return parse(name, bytes, kind);
  }

  /**
   * Parses the bytes of a whole IDX file (plain or gzipped).
   *
   * @param name the name to report in errors and in {@link IdxArray#source()}
   * @param fileBytes the file's bytes exactly as stored
   * @param kind what the file must hold: any array, images or labels
   * @return the array
   */
  public static IdxArray parse(String name, byte[] fileBytes, Kind kind) {
    String sha256 = Hashing.sha256().hashBytes(fileBytes).toString();
    boolean gzipped =
        fileBytes.length >= 2
            && (fileBytes[0] & 0xFF) == GZIP_MAGIC_0
            && (fileBytes[1] & 0xFF) == GZIP_MAGIC_1;
    try (InputStream in =
        gzipped
            ? new GZIPInputStream(new ByteArrayInputStream(fileBytes), 1 << 16)
            : new ByteArrayInputStream(fileBytes)) {
      return parse(name, sha256, in, gzipped, kind);
    } catch (ZipException e) {
      throw new IdxFormatException(name, "corrupt gzip stream: " + e.getMessage(), e);
    } catch (IOException e) {
      // Only the gzip header can fail here (a ByteArrayInputStream does not throw).
      throw new IdxFormatException(name, "cannot decompress gzip data: " + e, e);
    }
  }

  private static IdxArray parse(
      String name, String sha256, InputStream in, boolean gzipped, Kind kind) throws IOException {
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
    if (type != TYPE_UNSIGNED_BYTE) {
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
          kind.description,
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
