package org.ganlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path tmp;

  private static CliOutcome cli(String... args) {
    return CliOutcome.run(args);
  }

  @Test
  void listShowsShippedExperiments() {
    CliOutcome o = cli("list");
    assertThat(o.code()).isZero();
    assertThat(o.out()).contains("dcgan").contains("Fashion-MNIST");
  }

  @Test
  void unknownKeyFailsBeforeTrainingAndListsKeys() {
    CliOutcome o = cli("run", "dcgan", "--set", "learning_rate=1", "--out", tmp.toString());
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).contains("unknown hyperparameter 'learning_rate'").contains("lr_g");
    assertThat(tmp).isEmptyDirectory();
  }

  @Test
  void unknownExperimentNamesShippedOnes() {
    CliOutcome o = cli("run", "dcgann", "--out", tmp.toString());
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).contains("unknown experiment 'dcgann'").contains("dcgan");
  }

  @Test
  void missingDataDirNamesTheFile() {
    CliOutcome o =
        cli(
            "run",
            "dcgan",
            "--steps",
            "1",
            "--data-dir",
            tmp.resolve("nope").toString(),
            "--out",
            tmp.toString());
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).contains("nope");
  }

  @Test
  void runPrintsTimingAndResultsDirectory() throws Exception {
    Path dir = tmp.resolve("run");
    CliOutcome o =
        cli(
            "run",
            "dcgan",
            "--steps",
            "3",
            "--set",
            "filters=8",
            "--set",
            "batch_size=8",
            "--run-dir",
            dir.toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out())
        .containsPattern("[0-9.]+ ms per training step, [0-9]+ images/s")
        .contains("results: " + dir.toAbsolutePath());
    assertThat(Files.readAllLines(dir.resolve("timing.csv"))).hasSize(4);
    assertThat(dir.resolve("samples/step-000003.png")).isNotEmptyFile();
    try (var files = Files.list(dir.resolve("tensorboard"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("events.out.tfevents"));
    }

    // The sample command restores the final checkpoint and reproduces the run's last grid.
    Path png = tmp.resolve("grid.png");
    CliOutcome s = cli("sample", dir.toString(), "--n", "64", "-o", png.toString());
    assertThat(s.code()).as(s.err()).isZero();
    assertThat(Files.readAllBytes(png))
        .isEqualTo(Files.readAllBytes(dir.resolve("samples/step-000003.png")));
  }
}
