package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.experiments.CliOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's experiment class, named on the command line, runs like a shipped one. */
class CustomExperimentTest {
  @TempDir Path tmp;

  @Test
  void runsByClassName() throws Exception {
    Path dir = tmp.resolve("lsgan");
    CliOutcome o =
        CliOutcome.run(
            "run",
            LsganExperiment.class.getName(),
            "--steps",
            "3",
            "--set",
            "filters=8",
            "--set",
            "batch_size=8",
            "--set",
            "eval_samples=100",
            "--run-dir",
            dir.toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(Files.readString(dir.resolve("config.json")))
        .contains("\"experimentClass\" : \"com.example.LsganExperiment\"")
        .contains("\"loss\" : \"least-squares");
    assertThat(Files.readAllLines(dir.resolve("metrics.csv"))).hasSize(4);
    assertThat(Files.readString(dir.resolve("status.txt")).trim()).isEqualTo("finished");
  }
}
