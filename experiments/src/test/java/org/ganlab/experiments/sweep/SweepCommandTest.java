package org.ganlab.experiments.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.experiments.CliOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ganlab sweep} on the command line: its help, and bad input refused before any run. */
class SweepCommandTest {
  @TempDir Path dir;

  @Test
  void helpDocumentsTheFileAndTheEngine() {
    CliOutcome o = CliOutcome.run("sweep", "--help");
    assertThat(o.code()).isZero();
    assertThat(o.out())
        .contains(
            "Usage: ganlab sweep",
            "log_uniform",
            "\"random\" budget",
            "--master=URL",
            "--parallel",
            "--conf=KEY=VALUE",
            "no authentication");
  }

  @Test
  void badInputIsOneLineNamingFileAndKeyAndWritesNothing() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file,
        "{\"experiment\": \"gan-ring8\", \"search\": {\"nope\": {\"grid\": [1]}},"
            + " \"metric\": {\"column\": \"high_quality\", \"goal\": \"maximize\"}}");
    Path out = dir.resolve("out");
    CliOutcome o = CliOutcome.run("sweep", file.toString(), "--out", out.toString());
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).startsWith("ganlab: " + file + ": search.nope: unknown key 'nope'");
    assertThat(o.err().lines()).hasSize(1);
    assertThat(out).doesNotExist();

    CliOutcome missing = CliOutcome.run("sweep", dir.resolve("none.json").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot read sweep file " + dir.resolve("none.json"));

    CliOutcome conf = CliOutcome.run("sweep", file.toString(), "--conf", "spark.master");
    assertThat(conf.code()).isEqualTo(2);
    assertThat(conf.err()).contains("--conf expects KEY=VALUE, got 'spark.master'");
  }
}
