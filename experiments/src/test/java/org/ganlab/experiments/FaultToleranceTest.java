package org.ganlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ganlab.experiments.run.RunLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crashes and bad states: kill -9 then resume gives the uninterrupted run's bytes; a damaged
 * checkpoint is skipped; a NaN stops the run and keeps the last good checkpoint; a locked run
 * directory is refused.
 */
class FaultToleranceTest {
  private static final List<String> SETTINGS = List.of("batch_size=8", "filters=8",
      "latent_dim=16", "checkpoint_every=5", "sample_every=10", "keep_checkpoints=2",
      "eval_every=10", "eval_samples=64");
  private static final long STEPS = 30;

  @TempDir static Path shared;
  private static Path reference;

  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private final ExperimentRunner runner = new ExperimentRunner(new ExperimentRegistry(),
      new PrintStream(console, true, StandardCharsets.UTF_8), false);

  @TempDir Path tmp;

  @BeforeAll
  static void uninterruptedRun() {
    ExperimentRunner r = new ExperimentRunner(new ExperimentRegistry(),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
    reference = r.run(request(shared.resolve("reference"))).runDir();
  }

  private static RunRequest request(Path dir) {
    return new RunRequest("dcgan", 5, Optional.of(STEPS), SETTINGS, dir.getParent(),
        Optional.of(dir), Optional.empty());
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
    String cp = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
        "org.ganlab.experiments.cli.Main", "run", "dcgan", "--seed", "5", "--steps",
        Long.toString(STEPS), "--run-dir", dir.toString()));
    for (String s : SETTINGS) {
      cmd.add("--set");
      cmd.add(s);
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(dir.resolveSibling(dir.getFileName() + ".out").toFile()).start();
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

  private static long metricRows(Path dir) {
    try {
      Path m = dir.resolve("metrics.csv");
      return Files.exists(m) ? Files.readAllLines(m).size() - 1 : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private static boolean checkpointBeingWritten(Path dir) {
    try (Stream<Path> s = Files.exists(dir.resolve("checkpoints"))
        ? Files.list(dir.resolve("checkpoints")) : Stream.empty()) {
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
      runAndKill(dir, d -> metricRows(d) >= rows);
      assertThat(Files.readString(dir.resolve("status.txt")).trim()).isEqualTo("running");
      runner.resume(dir);
      assertSameAsReference(dir);
    }
  }

  @Test
  void killedDuringCheckpointWriteThenResumedEqualsUninterrupted() throws Exception {
    Path dir = tmp.resolve("kill-ckpt");
    runAndKill(dir, d -> checkpointBeingWritten(d) || metricRows(d) >= 12);
    runner.resume(dir);
    assertSameAsReference(dir);
  }

  @Test
  void damagedCheckpointIsMovedAsideWithWarning() throws Exception {
    Path dir = tmp.resolve("damaged");
    runner.run(request(dir));
    Path newest = dir.resolve("checkpoints/step-000030");
    flipLastByte(newest.resolve("ckpt.data-00000-of-00001"));
    runner.resume(dir);
    assertThat(console.toString(StandardCharsets.UTF_8))
        .contains("warning: checkpoint step-000030 is damaged")
        .contains("checksum mismatch for ckpt.data-00000-of-00001")
        .contains("moved aside to step-000030.damaged")
        .contains("resumed from " + dir.resolve("checkpoints/step-000025"));
    // The damaged one is kept aside as evidence; the rerun writes step 30 again, intact.
    assertThat(dir.resolve("checkpoints/step-000030.damaged/ckpt.data-00000-of-00001"))
        .isRegularFile();
    assertThat(Files.readAllBytes(newest.resolve("ckpt.data-00000-of-00001")))
        .isEqualTo(Files.readAllBytes(reference.resolve(
            "checkpoints/step-000030/ckpt.data-00000-of-00001")));
    assertThat(Files.readAllBytes(dir.resolve("metrics.csv")))
        .isEqualTo(Files.readAllBytes(reference.resolve("metrics.csv")));
  }

  @Test
  void nonFiniteLossStopsNamingStepAndKeepsLastGoodCheckpoint() throws Exception {
    Path dir = tmp.resolve("nan");
    RunRequest req = new RunRequest(NanDataExperiment.class.getName(), 1, Optional.of(20L),
        List.of("batch_size=4", "checkpoint_every=5"), tmp, Optional.of(dir), Optional.empty());
    assertThatThrownBy(() -> runner.run(req))
        .isInstanceOf(TrainingFailedException.class)
        .hasMessageContaining("non-finite discriminator loss (NaN) at step 11")
        .hasMessageContaining("last good checkpoint kept");
    assertThat(Files.readString(dir.resolve("status.txt"))).startsWith("failed: ");
    assertThat(dir.resolve("checkpoints/step-000010/MANIFEST.sha256")).exists();
    assertThat(org.ganlab.core.checkpoint.Checkpointer.verify(dir.resolve(
        "checkpoints/step-000010"))).isEmpty();
    assertThat(Files.readAllLines(dir.resolve("metrics.csv"))).hasSize(11);
  }

  @Test
  void lockedRunDirectoryIsRefused() throws Exception {
    Path dir = tmp.resolve("locked");
    runner.run(new RunRequest("dcgan", 5, Optional.of(2L), SETTINGS, tmp, Optional.of(dir),
        Optional.empty()));
    try (RunLock lock = RunLock.acquire(dir)) {
      assertThatThrownBy(() -> runner.resume(dir))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("run directory " + dir + " is in use by another ganlab process");
    }
  }

  private static void flipLastByte(Path f) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.seek(raf.length() - 1);
      int b = raf.read();
      raf.seek(raf.length() - 1);
      raf.write(b ^ 0xff);
    }
  }
}
