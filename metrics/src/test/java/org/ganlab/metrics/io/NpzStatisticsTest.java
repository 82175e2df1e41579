package org.ganlab.metrics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ganlab.metrics.FeatureStatistics;
import org.ganlab.metrics.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzStatisticsTest {
  @TempDir Path tmp;

  @Test
  void readsNumpySavezAndSavezCompressed() throws IOException {
    FeatureStatistics a = NpzStatistics.read(Fixtures.path("fid_well_a_stats.npz"));
    FeatureStatistics b = NpzStatistics.read(Fixtures.path("fid_well_b_stats.npz"));
    assertThat(a.dim()).isEqualTo(64);
    assertThat(b.dim()).isEqualTo(64);
    assertThat(a.sigma(3, 5)).isEqualTo(a.sigma(5, 3));
  }

  @Test
  void roundTripsExactly() throws IOException {
    FeatureStatistics a = NpzStatistics.read(Fixtures.path("fid_well_b_stats.npz"));
    Path p = tmp.resolve("stats.npz");
    NpzStatistics.write(p, a);
    assertThat(NpzStatistics.read(p)).isEqualTo(a);
    assertThat(Npz.read(p).keySet()).containsExactly("mu", "sigma");
  }

  @Test
  void missingArraysAreListed() throws IOException {
    Path p = tmp.resolve("other.npz");
    Npz.write(p, Map.of("features", NpyArray.vector(new double[] {1, 2})));
    assertThatThrownBy(() -> NpzStatistics.read(p))
        .isInstanceOf(NpyFormatException.class)
        .hasMessageContaining(p.toString())
        .hasMessageContaining("expected arrays 'mu' and 'sigma'")
        .hasMessageContaining("[features]");
  }

  @Test
  void mismatchedSigmaIsRejected() throws IOException {
    Path p = tmp.resolve("mismatch.npz");
    Npz.write(
        p,
        Map.of(
            "mu",
            NpyArray.vector(new double[] {1, 2, 3}),
            "sigma",
            new NpyArray(new int[] {2, 2}, NpyDtype.FLOAT64, new double[] {1, 0, 0, 1})));
    assertThatThrownBy(() -> NpzStatistics.read(p))
        .hasMessageContaining("mismatch.npz:sigma.npy")
        .hasMessageContaining("expected shape (3, 3) to match mu, found (2, 2)");
  }

  @Test
  void notAZipFileIsNamed() throws IOException {
    Path p = tmp.resolve("broken.npz");
    Files.write(p, Files.readAllBytes(Fixtures.path("fmt_f8.npy")));
    assertThatThrownBy(() -> NpzStatistics.read(p))
        .isInstanceOf(NpyFormatException.class)
        .hasMessageContaining("broken.npz")
        .hasMessageContaining("not a valid .npz");
  }

  @Test
  void truncatedArchiveIsAnError() throws IOException {
    byte[] full = Files.readAllBytes(Fixtures.path("fid_well_a_stats.npz"));
    Path p = tmp.resolve("cut.npz");
    Files.write(p, java.util.Arrays.copyOf(full, full.length / 2));
    assertThatThrownBy(() -> NpzStatistics.read(p))
        .isInstanceOf(NpyFormatException.class)
        .hasMessageContaining("cut.npz");
  }
}
