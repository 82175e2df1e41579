package org.ganlab.experiments.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.ExperimentRunner;
import org.ganlab.experiments.RunRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CycleGAN run cut back to an earlier checkpoint and resumed equals an uninterrupted run. */
class CycleGanResumeTest {
  static final List<String> TINY =
      List.of(
          "generator_filters=4",
          "residual_blocks=1",
          "discriminator_filters=4",
          "grid_size=2",
          "eval_samples=20");

  @TempDir Path tmp;

  private final ExperimentRunner runner =
      new ExperimentRunner(
          new ExperimentRegistry(),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
          false);

  private Path run(String name) {
    List<String> settings = new java.util.ArrayList<>(TINY);
    settings.add("checkpoint_every=2");
    settings.add("keep_checkpoints=5");
    settings.add("eval_every=2");
    return runner
        .run(
            new RunRequest(
                "cyclegan",
                3,
                Optional.of(5L),
                settings,
                tmp,
                Optional.of(tmp.resolve(name)),
                Optional.empty()))
        .runDir();
  }

  @Test
  void resumedFromAnEarlierCheckpointEqualsUninterrupted() throws Exception {
    Path reference = run("reference");
    Path crashed = run("crashed");
    // As if the process died after step 3's row, before any later checkpoint: only step 2's
    // checkpoint survives, and metrics.csv has rows the resume must cut back.
    for (String step : List.of("step-000004", "step-000005")) {
      MoreFiles.deleteRecursively(
          crashed.resolve("checkpoints").resolve(step), RecursiveDeleteOption.ALLOW_INSECURE);
    }
    Files.writeString(crashed.resolve("status.txt"), "running\n");

    ExperimentRegistry registry = new ExperimentRegistry();
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    new ExperimentRunner(registry, new PrintStream(console, true, StandardCharsets.UTF_8), false)
        .resume(crashed);
    assertThat(console.toString(StandardCharsets.UTF_8))
        .contains("resumed from " + crashed.resolve("checkpoints/step-000002") + " at step 2");

    assertThat(Files.readAllLines(reference.resolve("metrics.csv"))).hasSize(6);
    assertThat(Files.readAllBytes(crashed.resolve("metrics.csv")))
        .isEqualTo(Files.readAllBytes(reference.resolve("metrics.csv")));
    assertThat(Files.readAllLines(reference.resolve("eval.csv"))).hasSize(5); // 0, 2, 4, 5
    assertThat(Files.readAllBytes(crashed.resolve("eval.csv")))
        .isEqualTo(Files.readAllBytes(reference.resolve("eval.csv")));
    String ck = "checkpoints/step-000005/ckpt.data-00000-of-00001";
    assertThat(Files.readAllBytes(crashed.resolve(ck)))
        .isEqualTo(Files.readAllBytes(reference.resolve(ck)));
    assertThat(Files.readAllBytes(crashed.resolve("samples/step-000005.png")))
        .isEqualTo(Files.readAllBytes(reference.resolve("samples/step-000005.png")));
    assertThat(Files.readString(crashed.resolve("status.txt")).trim()).isEqualTo("finished");
  }
}
