package org.ganlab.metrics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.ganlab.metrics.FeatureMatrix;
import org.ganlab.metrics.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyTest {
  @TempDir Path tmp;

  private static double[] fmt() {
    double[] v = new double[12];
    for (int i = 0; i < 12; i++) {
      v[i] = i / 7.0;
    }
    return v;
  }

  @Test
  void readsFloat64AndFloat32() throws IOException {
    NpyArray f8 = NpyReader.read(Fixtures.path("fmt_f8.npy"));
    assertThat(f8.shape()).containsExactly(3, 4);
    assertThat(f8.dtype()).isEqualTo(NpyDtype.FLOAT64);
    assertThat(f8.data()).containsExactly(fmt());
    NpyArray f4 = NpyReader.read(Fixtures.path("fmt_f4.npy"));
    assertThat(f4.dtype()).isEqualTo(NpyDtype.FLOAT32);
    double[] expected = fmt();
    for (int i = 0; i < 12; i++) {
      expected[i] = (float) expected[i];
    }
    assertThat(f4.data()).containsExactly(expected);
  }

  @Test
  void readsVectorsFortranOrderAndIntegers() throws IOException {
    assertThat(NpyReader.read(Fixtures.path("fmt_vec.npy")).data())
        .containsExactly(1.5, -2.25, 3.0, 1e-300, -0.0);
    NpyArray f = NpyReader.read(Fixtures.path("fmt_fortran.npy"));
    assertThat(f.shape()).containsExactly(2, 3, 4);
    double[] c = new double[24];
    Arrays.setAll(c, i -> i);
    assertThat(f.data()).containsExactly(c);
    NpyArray i8 = NpyReader.read(Fixtures.path("fmt_i8.npy"));
    assertThat(i8.dtype()).isEqualTo(NpyDtype.INT64);
    assertThat(i8.data()).containsExactly(0, 1, 2, 997, 998, 999);
  }

  @Test
  void writesTheSameBytesAsNumpySave() throws IOException {
    NpyArray f8 = new NpyArray(new int[] {3, 4}, NpyDtype.FLOAT64, fmt());
    assertThat(NpyWriter.toBytes(f8)).isEqualTo(Files.readAllBytes(Fixtures.path("fmt_f8.npy")));
    assertThat(NpyWriter.toBytes(f8.withDtype(NpyDtype.FLOAT32)))
        .isEqualTo(Files.readAllBytes(Fixtures.path("fmt_f4.npy")));
    NpyArray vec = NpyArray.vector(new double[] {1.5, -2.25, 3.0, 1e-300, -0.0});
    assertThat(NpyWriter.toBytes(vec)).isEqualTo(Files.readAllBytes(Fixtures.path("fmt_vec.npy")));
  }

  @Test
  void roundTripsThroughAFile() throws IOException {
    FeatureMatrix m = Fixtures.matrix("kid_x.npy");
    Path p = tmp.resolve("sub/features.npy");
    NpyWriter.write(p, NpyArray.of(m));
    assertThat(NpyReader.readMatrix(p).toRowMajor()).containsExactly(m.toRowMajor());
    try (var files = Files.list(p.getParent())) {
      assertThat(files).containsExactly(p); // no temporary file left behind
    }
  }

  @Test
  void largeHeadersStillAlign() {
    byte[] h = NpyWriter.header(new int[] {123456789, 2048}, NpyDtype.FLOAT64);
    assertThat(h.length % 64).isZero();
    assertThat(h[h.length - 1]).isEqualTo((byte) '\n');
  }

  @Test
  void badMagicNamesTheFile() throws IOException {
    Path p = tmp.resolve("bad.npy");
    Files.write(p, "PK\u0003\u0004 definitely not numpy".getBytes("ISO-8859-1"));
    assertThatThrownBy(() -> NpyReader.read(p))
        .isInstanceOf(NpyFormatException.class)
        .hasMessageContaining(p.toString())
        .hasMessageContaining("expected the magic string");
  }

  @Test
  void truncatedDataSaysHowMuchIsMissing() throws IOException {
    byte[] full = Files.readAllBytes(Fixtures.path("fmt_f8.npy"));
    Path p = tmp.resolve("short.npy");
    Files.write(p, Arrays.copyOf(full, full.length - 10));
    assertThatThrownBy(() -> NpyReader.read(p))
        .isInstanceOf(NpyFormatException.class)
        .hasMessageContaining(p.toString())
        .hasMessageContaining("truncated")
        .hasMessageContaining("needs 96 data bytes, found 86");
    Path header = tmp.resolve("header.npy");
    Files.write(header, Arrays.copyOf(full, 40));
    assertThatThrownBy(() -> NpyReader.read(header)).hasMessageContaining("truncated");
  }

  @Test
  void trailingBytesAreRejected() throws IOException {
    byte[] full = Files.readAllBytes(Fixtures.path("fmt_f8.npy"));
    Path p = tmp.resolve("long.npy");
    Files.write(p, Arrays.copyOf(full, full.length + 8));
    assertThatThrownBy(() -> NpyReader.read(p)).hasMessageContaining("unexpected bytes after");
  }

  @Test
  void unsupportedDtypesAndShapesAreNamed() throws IOException {
    assertThatThrownBy(() -> NpyReader.read(Fixtures.path("fmt_bigendian.npy")))
        .isInstanceOf(NpyFormatException.class)
        .hasMessageContaining("fmt_bigendian.npy")
        .hasMessageContaining("big-endian")
        .hasMessageContaining("'>f8'");
    assertThatThrownBy(() -> NpyReader.readMatrix(Fixtures.path("fmt_vec.npy")))
        .isInstanceOf(NpyFormatException.class)
        .hasMessageContaining("expected a 2-D feature matrix")
        .hasMessageContaining("(5,)");
    assertThatThrownBy(() -> NpyReader.read(tmp.resolve("missing.npy")))
        .hasMessageContaining("missing.npy");
  }

  @Test
  void onlyFloatsAreWritten() {
    NpyArray ints = new NpyArray(new int[] {2}, NpyDtype.INT64, new double[] {1, 2});
    assertThatThrownBy(() -> NpyWriter.toBytes(ints))
        .hasMessageContaining("only float32 and float64");
  }
}
