package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ganlab.core.data.IdxTestFiles.gzip;
import static org.ganlab.core.data.IdxTestFiles.idx;
import static org.ganlab.core.data.IdxTestFiles.pattern;
import static org.ganlab.core.data.IdxTestFiles.write;

import com.google.common.hash.Hashing;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
  @TempDir Path dir;

  @Test
  void readsPlainImageFile() {
    byte[] data = pattern(3, 4, 5);
    Path file = write(dir.resolve("images-idx3-ubyte"), idx(new int[] {3, 4, 5}, data));

    IdxArray a = IdxReader.readImages(file);

    assertThat(a.dims()).containsExactly(3, 4, 5);
    assertThat(a.rank()).isEqualTo(3);
    assertThat(a.size()).isEqualTo(60);
    assertThat(a.copyData()).isEqualTo(data);
    assertThat(a.source()).isEqualTo(file.toString());
    // pixel (i=2, y=3, x=4) = 2*7 + 3*5 + 4 = 33
    assertThat(a.get((2 * 4 + 3) * 5 + 4)).isEqualTo(33);
  }

  @Test
  void readsGzippedFileDetectedByMagicNotName() {
    byte[] data = pattern(2, 3, 3);
    byte[] plain = idx(new int[] {2, 3, 3}, data);
    // No .gz suffix: detection must come from the gzip magic bytes.
    Path file = write(dir.resolve("images-no-suffix"), gzip(plain));

    IdxArray a = IdxReader.read(file);

    assertThat(a.dims()).containsExactly(2, 3, 3);
    assertThat(a.copyData()).isEqualTo(data);
  }

  @Test
  void valuesAreUnsigned() {
    byte[] data = {(byte) 0, (byte) 127, (byte) 128, (byte) 255};
    Path file = write(dir.resolve("labels"), idx(new int[] {4}, data));

    IdxArray a = IdxReader.readLabels(file);

    assertThat(new int[] {a.get(0), a.get(1), a.get(2), a.get(3)})
        .containsExactly(0, 127, 128, 255);
    assertThat(a.asReadOnlyBuffer().isReadOnly()).isTrue();
  }

  @Test
  void readsAnyNumberOfDimensions() {
    byte[] data = new byte[2 * 3 * 4 * 5 * 2];
    Arrays.fill(data, (byte) 9);
    Path file = write(dir.resolve("five-d"), idx(new int[] {2, 3, 4, 5, 2}, data));
    assertThat(IdxReader.read(file).dims()).containsExactly(2, 3, 4, 5, 2);

    Path scalar = write(dir.resolve("scalar"), idx(new int[] {}, new byte[] {42}));
    IdxArray s = IdxReader.read(scalar);
    assertThat(s.rank()).isZero();
    assertThat(s.get(0)).isEqualTo(42);

    Path four = write(dir.resolve("rgb"), idx(new int[] {1, 2, 2, 3}, new byte[12]));
    assertThat(IdxReader.readImages(four).dims()).containsExactly(1, 2, 2, 3);
  }

  @Test
  void checksumIsSha256OfTheFileBytesAsStored() {
    byte[] gz = gzip(idx(new int[] {2}, new byte[] {1, 2}));
    Path file = write(dir.resolve("l.gz"), gz);

    assertThat(IdxReader.read(file).sha256())
        .isEqualTo(Hashing.sha256().hashBytes(gz).toString())
        .hasSize(64);
  }

  @Test
  void missingFile() {
    Path file = dir.resolve("nope-idx1-ubyte.gz");
    assertThatThrownBy(() -> IdxReader.readLabels(file))
        .isInstanceOf(DataFileException.class)
        .hasMessage(file + ": file not found")
        .extracting(e -> ((DataFileException) e).file())
        .isEqualTo(file.toString());
  }

  @Test
  void wrongMagicNumber() {
    byte[] bytes = idx(new int[] {2}, new byte[] {1, 2});
    bytes[0] = 0x12;
    bytes[1] = 0x34;
    Path file = write(dir.resolve("bad-magic"), bytes);

    assertThatThrownBy(() -> IdxReader.read(file))
        .isInstanceOf(IdxFormatException.class)
        .hasMessageStartingWith(file + ": wrong magic number")
        .hasMessageContaining("expected two zero bytes, a type code and a rank")
        .hasMessageEndingWith("found 0x12340801");
  }

  @Test
  void wrongMagicNumberInsideGzip() {
    byte[] bytes = gzip("PK not an idx file".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    Path file = write(dir.resolve("text.gz"), bytes);

    assertThatThrownBy(() -> IdxReader.read(file))
        .isInstanceOf(IdxFormatException.class)
        .hasMessageStartingWith(file + ": wrong magic number")
        .hasMessageEndingWith("found 0x504B206E");
  }

  @Test
  void unsupportedTypeCode() {
    Path file = write(dir.resolve("floats"), idx(0x0D, new int[] {1}, new byte[4]));

    assertThatThrownBy(() -> IdxReader.read(file))
        .isInstanceOf(IdxFormatException.class)
        .hasMessage(
            file
                + ": unsupported element type: expected type code 0x08 (unsigned byte),"
                + " found 0x0D (float)");
  }

  @Test
  void wrongNumberOfDimensionsForImages() {
    Path file = write(dir.resolve("labels-not-images"), idx(new int[] {5}, new byte[5]));

    assertThatThrownBy(() -> IdxReader.readImages(file))
        .isInstanceOf(IdxFormatException.class)
        .hasMessage(
            file
                + ": wrong number of dimensions: expected 3 or 4 dimensions"
                + " (images: count, rows, columns[, channels]), found 1 (sizes 5)");
  }

  @Test
  void wrongNumberOfDimensionsForLabels() {
    Path file = write(dir.resolve("images-not-labels"), idx(new int[] {2, 2, 2}, new byte[8]));

    assertThatThrownBy(() -> IdxReader.readLabels(file))
        .isInstanceOf(IdxFormatException.class)
        .hasMessage(
            file
                + ": wrong number of dimensions: expected 1 dimension (labels: count),"
                + " found 3 (sizes 2 x 2 x 2)");
  }

  @Test
  void truncatedData() {
    byte[] full = idx(new int[] {10, 4, 4}, new byte[160]);
    Path file = write(dir.resolve("short"), Arrays.copyOf(full, full.length - 60));

    assertThatThrownBy(() -> IdxReader.readImages(file))
        .isInstanceOf(IdxFormatException.class)
        .hasMessage(
            file
                + ": truncated data: expected 160 bytes of data (sizes 10 x 4 x 4),"
                + " found 100 bytes");
  }

  @Test
  void truncatedGzipStream() {
    byte[] gz = gzip(idx(new int[] {1000}, pattern(1, 10, 100)));
    Path file = write(dir.resolve("short.gz"), Arrays.copyOf(gz, gz.length / 2));

    assertThatThrownBy(() -> IdxReader.readLabels(file))
        .isInstanceOf(IdxFormatException.class)
        .hasMessageStartingWith(file + ": truncated data: expected 1000 bytes of data (sizes 1000)")
        .hasMessageEndingWith("(the gzip stream ends early)");
  }

  @Test
  void truncatedHeader() {
    Path tiny = write(dir.resolve("tiny"), new byte[] {0, 0});
    assertThatThrownBy(() -> IdxReader.read(tiny))
        .isInstanceOf(IdxFormatException.class)
        .hasMessage(tiny + ": truncated header: expected a 4-byte magic number, found 2 bytes");

    byte[] header = Arrays.copyOf(idx(new int[] {60000, 28, 28}, new byte[0]), 10);
    Path cut = write(dir.resolve("cut"), header);
    assertThatThrownBy(() -> IdxReader.read(cut))
        .isInstanceOf(IdxFormatException.class)
        .hasMessage(
            cut
                + ": truncated header: expected 12 bytes of dimension sizes for 3 dimensions,"
                + " found 6 bytes");
  }

  @Test
  void trailingData() {
    byte[] bytes = idx(new int[] {3}, new byte[] {1, 2, 3, 4, 5});
    // The header claims 3 elements but 5 follow.
    Path file = write(dir.resolve("long"), bytes);

    assertThatThrownBy(() -> IdxReader.readLabels(file))
        .isInstanceOf(IdxFormatException.class)
        .hasMessage(
            file
                + ": trailing data: expected the file to end after 3 bytes of data (sizes 3),"
                + " found 2 more bytes");
  }

  @Test
  void corruptGzip() {
    byte[] gz = gzip(idx(new int[] {100}, pattern(1, 10, 10)));
    // Flip the stored CRC-32: the data decodes, but the checksum over it no longer matches.
    gz[gz.length - 8] ^= 0x01;
    Path file = write(dir.resolve("corrupt.gz"), gz);

    assertThatThrownBy(() -> IdxReader.read(file))
        .isInstanceOf(IdxFormatException.class)
        .hasMessageStartingWith(file + ": corrupt gzip stream")
        .hasMessageContaining("trailer");
  }

  @Test
  void labelCountMustMatchImageCount() {
    Path images = write(dir.resolve("images"), idx(new int[] {4, 2, 2}, new byte[16]));
    Path labels = write(dir.resolve("labels"), idx(new int[] {3}, new byte[] {0, 1, 2}));

    assertThatThrownBy(
            () ->
                ImageDataset.of(
                    IdxReader.readImages(images),
                    IdxReader.readLabels(labels),
                    10,
                    java.util.List.of()))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            labels
                + ": label count does not match image count: expected 4 labels (one per image in "
                + images
                + "), found 3 labels");
  }

  @Test
  void labelOutOfRange() {
    Path images = write(dir.resolve("images"), idx(new int[] {2, 1, 1}, new byte[2]));
    Path labels = write(dir.resolve("labels"), idx(new int[] {2}, new byte[] {3, 10}));

    assertThatThrownBy(
            () ->
                ImageDataset.of(
                    IdxReader.readImages(images),
                    IdxReader.readLabels(labels),
                    10,
                    java.util.List.of()))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            labels + ": label out of range at index 1: expected a class in [0, 10), found 10");
  }
}
