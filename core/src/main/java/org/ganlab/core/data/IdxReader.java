package org.ganlab.core.data;

import com.google.common.hash.Hashing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
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

    String description() {
      return description;
    }

    boolean allows(int rank) {
      return ranks.length == 0 || Arrays.stream(ranks).anyMatch(r -> r == rank);
    }
  }

  private static final int GZIP_MAGIC_0 = 0x1f;
  private static final int GZIP_MAGIC_1 = 0x8b;

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
      return IdxStreamParser.parse(name, sha256, in, gzipped, kind);
    } catch (ZipException e) {
      throw new IdxFormatException(name, "corrupt gzip stream: " + e.getMessage(), e);
    } catch (IOException e) {
      // Only the gzip header can fail here (a ByteArrayInputStream does not throw).
      throw new IdxFormatException(name, "cannot decompress gzip data: " + e, e);
    }
  }
}
