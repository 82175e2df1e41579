package org.ganlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.metrics.io.NpyArray;
import org.ganlab.metrics.io.NpyReader;
import org.junit.jupiter.api.Test;

/** {@code ganlab sample --format} and {@code ganlab metrics stats}, as other tools read them. */
class SampleFormatsTest extends RunnerFixture {
  @Test
  void samplesAsNpyPngsAndStatisticsAgreeWithEachOther() throws Exception {
    Path run = trainQuietly("dcgan", 1, 2, tinyDcgan("eval_every=0"), tmp.resolve("run"));
    String dir = run.toString();
    Path npy = tmp.resolve("s.npy");
    Path pngs = tmp.resolve("pngs");
    Path npz = tmp.resolve("s.npz");
    Path ref = tmp.resolve("ref.npz");
    assertThat(
            CliOutcome.run("sample", dir, "--n", "16", "--format", "npy", "-o", npy.toString())
                .code())
        .isZero();
    assertThat(
            CliOutcome.run("sample", dir, "--n", "16", "--format", "png-dir", "-o", pngs.toString())
                .code())
        .isZero();
    assertThat(
            CliOutcome.run("sample", dir, "--n", "16", "--format", "npz", "-o", npz.toString())
                .code())
        .isZero();
    NpyArray a = NpyReader.read(npy);
    assertThat(a.shape()).containsExactly(16, 28, 28, 1);
    assertThat(java.util.Arrays.stream(a.data()).min().orElseThrow()).isGreaterThanOrEqualTo(0);
    assertThat(java.util.Arrays.stream(a.data()).max().orElseThrow()).isLessThanOrEqualTo(1);
    try (var files = Files.list(pngs)) {
      assertThat(files.count()).isEqualTo(16);
    }
    // The same 16 samples, as a .npy and as PNGs, give the same reference statistics: FID 0 up to
    // rounding (Tr S1 + Tr S2 - 2 Tr sqrt(S1 S2) cancels exactly on some CPUs' kernels, not all).
    assertThat(CliOutcome.run("metrics", "stats", npy.toString(), "-o", ref.toString()).code())
        .isZero();
    CliOutcome fid = CliOutcome.run("metrics", "fid", pngs.toString(), ref.toString());
    assertThat(fid.out().trim()).startsWith("fid ");
    assertThat(Double.parseDouble(fid.out().trim().substring(4))).isCloseTo(0, within(1e-12));
    CliOutcome bad = CliOutcome.run("sample", dir, "--format", "gif", "-o", "x");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown sample format 'gif'; formats: png, png-dir, npy, npz");
  }
}
