package org.ganlab.metrics.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ganlab.metrics.FeatureMatrix;

/**
 * Reads NumPy {@code .npy} files (format versions 1.0, 2.0 and 3.0): little-endian float32,
 * float64, int32, int64 or uint8, in C or Fortran order (Fortran-ordered data is reordered to C
 * order). Values are widened to float64.
 *
 * <p>Anything else fails with an {@link NpyFormatException} that names the file and says what was
 * expected and what was found: a wrong magic string, an unknown version, a big-endian or structured
 * dtype, a malformed header, a truncated data section or trailing bytes after it.
 *
 * <p>The format: the 6-byte magic {@code \x93NUMPY}, a major and minor version byte, the header
 * length (uint16 for 1.0, uint32 for 2.0 and 3.0, little endian), then an ASCII (3.0: UTF-8) Python
 * dict literal with {@code descr}, {@code fortran_order} and {@code shape}, then the raw data.
 */
public final class NpyReader {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

  /** The largest Java array, which bounds the number of elements. */
  private static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

  private NpyReader() {}

  /**
   * Reads an array from a file.
   *
   * @param path the {@code .npy} file
   * @return the array
   * @throws IOException if the file cannot be read
   */
  public static NpyArray read(Path path) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
      return read(in, path.toString());
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(path.toString(), null, "no such .npy file");
    }
  }

  /**
   * Reads a 2-D array from a file as a feature matrix (rows = samples).
   *
   * @param path the {@code .npy} file, holding a rank-2 array
   * @return the array as a matrix
   * @throws IOException if the file cannot be read
   */
  public static FeatureMatrix readMatrix(Path path) throws IOException {
    Raw a;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
      a = readRaw(in, path.toString());
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(path.toString(), null, "no such .npy file");
    }
    if (a.shape.length != 2) {
      throw new NpyFormatException(
          path.toString(),
          "expected a 2-D feature matrix [samples, features], found shape " + shapeString(a.shape));
    }
    if (a.shape[0] == 0 || a.shape[1] == 0) {
      throw new NpyFormatException(
          path.toString(), "feature matrix is empty: shape " + shapeString(a.shape));
    }
    try {
      // Hand the freshly read array over without copying: feature files can be hundreds of MB.
      return FeatureMatrix.wrapRowMajor(a.shape[0], a.shape[1], a.data);
    } catch (IllegalArgumentException e) {
      throw new NpyFormatException(path.toString(), e.getMessage());
    }
  }

  /** What the parser found, before it is wrapped in a copying {@link NpyArray}. */
  private record Raw(int[] shape, NpyDtype dtype, double[] data) {}

  /**
   * Reads one array from a stream that holds exactly one {@code .npy} file; {@code source} names it
   * in error messages.
   *
   * @param in the stream; not closed
   * @param source names the stream in error messages
   * @return the array
   * @throws IOException if the stream cannot be read
   */
  public static NpyArray read(InputStream in, String source) throws IOException {
    Raw r = readRaw(in, source);
    return new NpyArray(r.shape, r.dtype, r.data);
  }

  private static Raw readRaw(InputStream in, String source) throws IOException {
    byte[] preamble = readFully(in, 8, source, "the 8-byte magic string and version");
    if (!Arrays.equals(Arrays.copyOf(preamble, 6), MAGIC)) {
      throw new NpyFormatException(
          source,
          "not a .npy file: expected the magic string \\x93NUMPY, found "
              + printable(Arrays.copyOf(preamble, 6)));
    }
    int major = preamble[6] & 0xff;
    int minor = preamble[7] & 0xff;
    long headerLength;
    if (major == 1) {
      byte[] len = readFully(in, 2, source, "the header length");
      headerLength = ByteBuffer.wrap(len).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xffff;
    } else if (major == 2 || major == 3) {
      byte[] len = readFully(in, 4, source, "the header length");
      headerLength = ByteBuffer.wrap(len).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
    } else {
      throw new NpyFormatException(
          source, "unsupported .npy format version " + major + "." + minor + " (expected 1.x-3.x)");
    }
    if (headerLength > 1 << 20) {
      throw new NpyFormatException(source, "implausible header length " + headerLength);
    }
    String header =
        new String(
            readFully(in, (int) headerLength, source, "a header of " + headerLength + " bytes"),
            major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);

    Matcher dm = DESCR.matcher(header);
    if (!dm.find()) {
      throw new NpyFormatException(
          source,
          "header has no simple 'descr' (structured dtypes are not supported): " + header.trim());
    }
    String descr = dm.group(1);
    NpyDtype dtype = NpyDtype.fromDescr(descr);
    if (dtype == null) {
      String why = descr.startsWith(">") ? "big-endian data is not supported; " : "";
      throw new NpyFormatException(
          source,
          why + "unsupported dtype '" + descr + "' (expected '<f4', '<f8', '<i4', '<i8' or '|u1')");
    }
    Matcher fm = FORTRAN.matcher(header);
    if (!fm.find()) {
      throw new NpyFormatException(source, "header has no 'fortran_order': " + header.trim());
    }
    boolean fortran = fm.group(1).equals("True");
    Matcher sm = SHAPE.matcher(header);
    if (!sm.find()) {
      throw new NpyFormatException(source, "header has no 'shape' tuple: " + header.trim());
    }
    int[] shape = parseShape(sm.group(1), source);
    long count = 1;
    for (int d : shape) {
      count *= d;
      if (count > MAX_ELEMENTS) {
        throw new NpyFormatException(
            source, "shape " + shapeString(shape) + " has too many elements for one Java array");
      }
    }

    double[] data = NpyData.read(in, dtype, (int) count, source, shape);
    if (in.read() != -1) {
      throw new NpyFormatException(
          source,
          "unexpected bytes after the data of shape "
              + shapeString(shape)
              + " "
              + descr
              + " (wrong shape in the header?)");
    }
    if (fortran && shape.length > 1) {
      data = NpyData.fortranToC(data, shape);
    }
    return new Raw(shape, dtype, data);
  }

  private static int[] parseShape(String tuple, String source) throws NpyFormatException {
    String[] parts = tuple.split(",");
    int[] dims = new int[parts.length];
    int k = 0;
    for (String p : parts) {
      String t = p.trim();
      if (t.endsWith("L")) {
        t = t.substring(0, t.length() - 1); // Python 2 long literals, e.g. (10L, 2048L)
      }
      if (t.isEmpty()) {
        continue;
      }
      try {
        long v = Long.parseLong(t);
        if (v < 0 || v > MAX_ELEMENTS) {
          throw new NumberFormatException();
        }
        dims[k++] = (int) v;
      } catch (NumberFormatException e) {
        throw new NpyFormatException(source, "bad dimension '" + t + "' in shape (" + tuple + ")");
      }
    }
    return Arrays.copyOf(dims, k);
  }

  private static byte[] readFully(InputStream in, int n, String source, String what)
      throws IOException {
    byte[] b = in.readNBytes(n);
    if (b.length < n) {
      throw new NpyFormatException(
          source,
          "truncated: expected " + what + " (" + n + " bytes), found " + b.length + " bytes");
    }
    return b;
  }

  static String shapeString(int[] shape) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      sb.append(shape[i]);
      if (i < shape.length - 1 || shape.length == 1) {
        sb.append(shape.length == 1 ? "," : ", ");
      }
    }
    return sb.append(')').toString();
  }

  private static String printable(byte[] b) {
    StringBuilder sb = new StringBuilder("\"");
    for (byte x : b) {
      int v = x & 0xff;
      if (v >= 32 && v < 127) {
        sb.append((char) v);
      } else {
        sb.append(String.format("\\x%02x", v));
      }
    }
    return sb.append('"').toString();
  }
}
