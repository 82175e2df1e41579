package org.ganlab.experiments.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ganlab.experiments.ChildRuns;
import org.ganlab.experiments.RunRequest;

/**
 * Every kind of family through the one trainer: a run killed with SIGKILL in the middle and resumed
 * ends byte-identical (metrics.csv and final weights) to an uninterrupted one. The families are
 * split over two test classes ({@link KillAndResumeSingleGanTest}, {@link
 * KillAndResumeImageToImageTest}) so the build's two test processes share them.
 */
abstract class KillAndResumeFamily extends org.ganlab.experiments.RunnerFixture {
  private static final long STEPS = 12;
  static final List<String> TINY_IMAGES =
      List.of("batch_size=4", "filters=4", "latent_dim=8", "grid_size=4");

  /** {@code tiny} with diagnostics.csv written, which must resume like metrics.csv. */
  static List<String> diagnosed(List<String> tiny) {
    return Stream.concat(tiny.stream(), Stream.of("diagnostics=true")).toList();
  }

  /** Trains {@code name} with {@code tiny} settings, uninterrupted and killed-then-resumed. */
  void killAndResume(String name, List<String> tiny) throws Exception {
    List<String> settings = new ArrayList<>(tiny);
    settings.addAll(
        List.of("checkpoint_every=3", "keep_checkpoints=2", "eval_every=0", "log_every=2"));
    Path reference = tmp.resolve("reference");
    quiet()
        .run(
            new RunRequest(
                name,
                3,
                Optional.of(STEPS),
                settings,
                tmp,
                Optional.of(reference),
                Optional.empty()));

    Path killed = tmp.resolve("killed");
    Process p = ChildRuns.start(killed, name, 3, STEPS, settings);
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (ChildRuns.metricRows(killed) < 7 && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
    } finally {
      p.destroyForcibly(); // SIGKILL
      p.waitFor();
    }
    assertThat(Files.readString(killed.resolve("status.txt")).trim()).isEqualTo("running");
    runner.resume(killed);

    assertThat(Files.readAllBytes(killed.resolve("metrics.csv")))
        .isEqualTo(Files.readAllBytes(reference.resolve("metrics.csv")));
    // Runs with diagnostics=true write diagnostics.csv; it resumes like metrics.csv.
    Path diagnostics = reference.resolve("diagnostics.csv");
    assertThat(Files.exists(diagnostics)).isEqualTo(tiny.contains("diagnostics=true"));
    if (Files.exists(diagnostics)) {
      assertThat(Files.readAllLines(diagnostics)).hasSize(1 + (int) STEPS / 2);
      assertThat(Files.readAllBytes(killed.resolve("diagnostics.csv")))
          .isEqualTo(Files.readAllBytes(diagnostics));
    }
    String ckpt = "checkpoints/step-0000" + STEPS + "/ckpt.data-00000-of-00001";
    assertThat(Files.readAllBytes(killed.resolve(ckpt)))
        .isEqualTo(Files.readAllBytes(reference.resolve(ckpt)));
  }
}
