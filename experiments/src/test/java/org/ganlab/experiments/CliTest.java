package org.ganlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.experiments.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path tmp;

  private record Outcome(int code, String out, String err) {}

  private Outcome cli(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Main.execute(args);
      return new Outcome(code, out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void listShowsShippedExperiments() {
    Outcome o = cli("list");
    assertThat(o.code()).isZero();
    assertThat(o.out()).contains("dcgan").contains("Fashion-MNIST");
  }

  @Test
  void unknownKeyFailsBeforeTrainingAndListsKeys() {
    Outcome o = cli("run", "dcgan", "--set", "learning_rate=1", "--out", tmp.toString());
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).contains("unknown hyperparameter 'learning_rate'").contains("lr_g");
    assertThat(tmp).isEmptyDirectory();
  }

  @Test
  void unknownExperimentNamesShippedOnes() {
    Outcome o = cli("run", "dcgann", "--out", tmp.toString());
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).contains("unknown experiment 'dcgann'").contains("dcgan");
  }

  @Test
  void missingDataDirNamesTheFile() {
    Outcome o = cli("run", "dcgan", "--steps", "1", "--data-dir", tmp.resolve("nope").toString(),
        "--out", tmp.toString());
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).contains("nope");
  }

  @Test
  void runPrintsTimingAndResultsDirectory() throws Exception {
    Path dir = tmp.resolve("run");
    Outcome o = cli("run", "dcgan", "--steps", "3", "--set", "filters=8", "--set",
        "batch_size=8", "--run-dir", dir.toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).containsPattern("[0-9.]+ ms per training step, [0-9]+ images/s")
        .contains("results: " + dir.toAbsolutePath());
    assertThat(Files.readAllLines(dir.resolve("timing.csv"))).hasSize(4);
    assertThat(dir.resolve("samples/step-000003.png")).isNotEmptyFile();
    try (var files = Files.list(dir.resolve("tensorboard"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("events.out.tfevents"));
    }

    // The sample command restores the final checkpoint and reproduces the run's last grid.
    Path png = tmp.resolve("grid.png");
    Outcome s = cli("sample", dir.toString(), "--n", "64", "-o", png.toString());
    assertThat(s.code()).as(s.err()).isZero();
    assertThat(Files.readAllBytes(png))
        .isEqualTo(Files.readAllBytes(dir.resolve("samples/step-000003.png")));
  }
}
