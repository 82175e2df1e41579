package org.ganlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ganlab.experiments.run.RunLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crashes and bad states: kill -9 then resume gives the uninterrupted run's bytes; a NaN stops the
 * run and keeps the last good checkpoint; a locked run directory is refused. Damaged checkpoints,
 * signals, a full disk and changed data: {@link FailureModesTest}.
 */
class FaultToleranceTest extends RunnerFixture {
  private static final List<String> SETTINGS = tinyDcgan("eval_every=10", "eval_samples=64");
  private static final long STEPS = 30;

  @TempDir static Path shared;
  private static Path reference;

  @BeforeAll
  static void uninterruptedRun() {
    reference = quiet().run(request(shared.resolve("reference"))).runDir();
  }

  private static RunRequest request(Path dir) {
    return new RunRequest(
        "dcgan",
        5,
        Optional.of(STEPS),
        SETTINGS,
        dir.getParent(),
        Optional.of(dir),
        Optional.empty());
  }

  private static void assertSameAsReference(Path run) throws IOException {
    assertThat(Files.readAllBytes(run.resolve("metrics.csv")))
        .isEqualTo(Files.readAllBytes(reference.resolve("metrics.csv")));
    assertThat(Files.readAllLines(reference.resolve("eval.csv"))).hasSize(5); // 0, 10, 20, 30
    assertThat(Files.readAllBytes(run.resolve("eval.csv")))
        .isEqualTo(Files.readAllBytes(reference.resolve("eval.csv")));
    String ck = "checkpoints/step-0000" + STEPS + "/ckpt.data-00000-of-00001";
    assertThat(Files.readAllBytes(run.resolve(ck)))
        .isEqualTo(Files.readAllBytes(reference.resolve(ck)));
    assertThat(Files.readString(run.resolve("status.txt")).trim()).isEqualTo("finished");
  }

  /** Starts `ganlab run` in a child JVM and kills it (SIGKILL) once {@code until} holds. */
  private static void runAndKill(Path dir, java.util.function.Predicate<Path> until)
      throws Exception {
    Process p = ChildRuns.start(dir, "dcgan", 5, STEPS, SETTINGS);
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!until.test(dir) && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
    } finally {
      p.destroyForcibly(); // SIGKILL on Linux
      p.waitFor();
    }
  }

  private static boolean checkpointBeingWritten(Path dir) {
    try (Stream<Path> s =
        Files.exists(dir.resolve("checkpoints"))
            ? Files.list(dir.resolve("checkpoints"))
            : Stream.empty()) {
      return s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"));
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void killedAtSeveralPointsThenResumedEqualsUninterrupted() throws Exception {
    long[] killAfterRows = {7, 16, 27};
    for (long rows : killAfterRows) {
      Path dir = tmp.resolve("kill-" + rows);
      runAndKill(dir, d -> ChildRuns.metricRows(d) >= rows);
      assertThat(Files.readString(dir.resolve("status.txt")).trim()).isEqualTo("running");
      runner.resume(dir);
      assertSameAsReference(dir);
    }
  }

  @Test
  void killedDuringCheckpointWriteThenResumedEqualsUninterrupted() throws Exception {
    // The kill races the write (six checkpoints in 30 steps): a try counts only when the
    // half-written folder is still on disk after the kill, and a few tries make one near certain.
    for (int attempt = 0; attempt < 5; attempt++) {
      Path dir = tmp.resolve("kill-ckpt-" + attempt);
      runAndKill(dir, FaultToleranceTest::checkpointBeingWritten);
      if (!checkpointBeingWritten(dir)) {
        continue;
      }
      System.out.println("killed while a checkpoint was being written, try " + (attempt + 1));
      assertThat(Files.readString(dir.resolve("status.txt")).trim()).isEqualTo("running");
      runner.resume(dir);
      assertThat(checkpointBeingWritten(dir)).as("half-written checkpoint left behind").isFalse();
      assertSameAsReference(dir);
      return;
    }
    fail("none of 5 runs was killed while a checkpoint was being written");
  }

  @Test
  void nonFiniteLossStopsNamingStepAndKeepsLastGoodCheckpoint() throws Exception {
    Path dir = tmp.resolve("nan");
    RunRequest req =
        new RunRequest(
            NanDataExperiment.class.getName(),
            1,
            Optional.of(20L),
            List.of("batch_size=4", "checkpoint_every=5"),
            tmp,
            Optional.of(dir),
            Optional.empty());
    assertThatThrownBy(() -> runner.run(req))
        .isInstanceOf(TrainingFailedException.class)
        .hasMessageContaining("non-finite discriminator loss (NaN) at step 11")
        .hasMessageContaining("last good checkpoint kept");
    assertThat(Files.readString(dir.resolve("status.txt"))).startsWith("failed: ");
    assertThat(dir.resolve("checkpoints/step-000010/MANIFEST.sha256")).exists();
    assertThat(
            org.ganlab.core.checkpoint.Checkpointer.verify(dir.resolve("checkpoints/step-000010")))
        .isEmpty();
    assertThat(Files.readAllLines(dir.resolve("metrics.csv"))).hasSize(11);
  }

  @Test
  void lockedRunDirectoryIsRefused() throws Exception {
    Path dir = tmp.resolve("locked");
    runner.run(
        new RunRequest(
            "dcgan", 5, Optional.of(2L), SETTINGS, tmp, Optional.of(dir), Optional.empty()));
    try (RunLock lock = RunLock.acquire(dir)) {
      assertThatThrownBy(() -> runner.resume(dir))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("run directory " + dir + " is in use by another ganlab process");
    }
  }
}
