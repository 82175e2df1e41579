package org.ganlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same seed, same bytes: metrics.csv and the final checkpoint of two fresh runs. */
class RunDeterminismTest {
  @TempDir Path tmp;

  private RunResult run(String name, long seed) {
    ExperimentRunner runner =
        new ExperimentRunner(
            new ExperimentRegistry(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            false);
    return runner.run(
        new RunRequest(
            "dcgan",
            seed,
            Optional.of(12L),
            List.of(
                "batch_size=16",
                "filters=16",
                "checkpoint_every=6",
                "sample_every=6",
                "eval_every=6",
                "eval_samples=100"),
            tmp,
            Optional.of(tmp.resolve(name)),
            Optional.empty()));
  }

  @Test
  void sameSeedGivesIdenticalMetricsAndWeights() throws Exception {
    RunResult a = run("a", 7);
    RunResult b = run("b", 7);
    RunResult c = run("c", 8);
    byte[] ma = Files.readAllBytes(a.runDir().resolve("metrics.csv"));
    assertThat(Files.readAllLines(a.runDir().resolve("metrics.csv"))).hasSize(13);
    assertThat(Files.readAllBytes(b.runDir().resolve("metrics.csv"))).isEqualTo(ma);
    assertThat(Files.readAllBytes(c.runDir().resolve("metrics.csv"))).isNotEqualTo(ma);
    byte[] ea = Files.readAllBytes(a.runDir().resolve("eval.csv"));
    assertThat(Files.readAllLines(a.runDir().resolve("eval.csv"))).hasSize(4); // 0, 6, 12
    assertThat(Files.readAllBytes(b.runDir().resolve("eval.csv"))).isEqualTo(ea);

    Path ckA = a.runDir().resolve("checkpoints/step-000012/ckpt.data-00000-of-00001");
    Path ckB = b.runDir().resolve("checkpoints/step-000012/ckpt.data-00000-of-00001");
    Path ckC = c.runDir().resolve("checkpoints/step-000012/ckpt.data-00000-of-00001");
    assertThat(Files.readAllBytes(ckB)).isEqualTo(Files.readAllBytes(ckA));
    assertThat(Files.readAllBytes(ckC)).isNotEqualTo(Files.readAllBytes(ckA));
    assertThat(a.runDir().resolve("samples/step-000012.png")).isNotEmptyFile();
    assertThat(Files.readString(a.runDir().resolve("status.txt")).trim()).isEqualTo("finished");
  }
}
