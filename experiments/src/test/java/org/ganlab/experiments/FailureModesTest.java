package org.ganlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.ganlab.core.checkpoint.Checkpointer;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.experiments.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults a run must survive with a clear status, a one-line message and only intact checkpoints
 * left: damaged newest and all-damaged checkpoints, Ctrl-C and SIGTERM, a full disk, changed data,
 * truncated logs, a reader next to a writer.
 */
class FailureModesTest extends RunnerFixture {
  private static final List<String> SETTINGS = tinyDcgan("eval_every=0");
  private static final long STEPS = 20;

  @TempDir static Path shared;
  private static Path reference;

  @BeforeAll
  static void uninterruptedRun() {
    reference = quiet().run(request(shared.resolve("reference"), Optional.empty())).runDir();
  }

  private static RunRequest request(Path dir, Optional<Path> dataDir) {
    return new RunRequest(
        "dcgan", 5, Optional.of(STEPS), SETTINGS, dir.getParent(), Optional.of(dir), dataDir);
  }

  private static void assertSameAsReference(Path run) throws IOException {
    assertThat(Files.readAllBytes(run.resolve("metrics.csv")))
        .isEqualTo(Files.readAllBytes(reference.resolve("metrics.csv")));
    String ck = "checkpoints/step-0000" + STEPS + "/ckpt.data-00000-of-00001";
    assertThat(Files.readAllBytes(run.resolve(ck)))
        .isEqualTo(Files.readAllBytes(reference.resolve(ck)));
    assertThat(status(run)).isEqualTo("finished");
    assertEveryCheckpointIntact(run);
  }

  private static void assertEveryCheckpointIntact(Path run) throws IOException {
    for (Path p : Checkpointer.list(run.resolve("checkpoints"))) {
      assertThat(Checkpointer.verify(p)).as(p.toString()).isEmpty();
    }
    try (Stream<Path> s = Files.list(run.resolve("checkpoints"))) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  private static String status(Path run) throws IOException {
    return Files.readString(run.resolve("status.txt")).trim();
  }

  private static void truncate(Path f, long size) throws IOException {
    try (FileChannel c = FileChannel.open(f, StandardOpenOption.WRITE)) {
      c.truncate(size);
    }
  }

  @Test
  void aDamagedNewestCheckpointIsMovedAsideAndWrittenAgain() throws IOException {
    Path dir = tmp.resolve("damaged");
    runner.run(request(dir, Optional.empty()));
    Path newest = dir.resolve("checkpoints/step-000020");
    truncate(newest.resolve("ckpt.data-00000-of-00001"), 100);
    runner.resume(dir);
    assertThat(printed())
        .contains("checkpoint step-000020 is damaged")
        .contains("moved aside to step-000020.damaged")
        .contains("resumed from " + dir.resolve("checkpoints/step-000015"));
    assertThat(dir.resolve("checkpoints/step-000020.damaged")).isDirectory();
    assertSameAsReference(dir);
  }

  @Test
  void withEveryCheckpointDamagedResumeRetrainsAndLeavesIntactOnes() throws IOException {
    Path dir = tmp.resolve("all-damaged");
    runner.run(request(dir, Optional.empty()));
    for (Path p : Checkpointer.list(dir.resolve("checkpoints"))) {
      truncate(p.resolve("ckpt.index"), 100);
    }
    assertThatThrownBy(() -> runner.sample(dir, Optional.of(20L), 4, null, 0, tmp.resolve("x.png")))
        .hasMessageContaining("step-000020 is damaged");
    runner.resume(dir);
    assertThat(printed()).contains("restarting from step 0");
    assertSameAsReference(dir);
    assertThat(Checkpointer.list(dir.resolve("checkpoints"))).hasSize(2);
  }

  @Test
  void truncatedMetricsAreRewrittenFromACheckpointTheLogsReach() throws IOException {
    Path dir = tmp.resolve("truncated");
    runner.run(request(dir, Optional.empty()));
    List<String> lines = Files.readAllLines(dir.resolve("metrics.csv"));
    Files.write(dir.resolve("metrics.csv"), lines.subList(0, 8)); // rows of steps 1..7
    runner.resume(dir);
    assertThat(printed()).contains("passing over step-000020: the run's logs reach only step 7");
    assertSameAsReference(dir);
  }

  @Test
  void changedDataIsRefusedUnlessAllowedAndThenRecorded() throws IOException {
    Path data = tmp.resolve("data");
    Files.createDirectories(data);
    for (String f :
        List.of(
            "train-images-idx3-ubyte",
            "train-labels-idx1-ubyte",
            "t10k-images-idx3-ubyte",
            "t10k-labels-idx1-ubyte")) {
      try (InputStream in =
          new GZIPInputStream(
              FashionMnist.class.getResourceAsStream("fashion-mnist/" + f + ".gz"))) {
        Files.write(data.resolve(f), in.readAllBytes());
      }
    }
    Path dir = tmp.resolve("data-run");
    quiet()
        .run(
            new RunRequest(
                "dcgan", 5, Optional.of(5L), SETTINGS, tmp, Optional.of(dir), Optional.of(data)));
    byte[] images = Files.readAllBytes(data.resolve("train-images-idx3-ubyte"));
    images[images.length - 1] ^= 1;
    Files.write(data.resolve("train-images-idx3-ubyte"), images);
    assertThatThrownBy(() -> runner.resume(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("train-images-idx3-ubyte changed since the run started")
        .hasMessageContaining("--allow-data-change");
    runner.resume(dir, true);
    assertThat(Files.readString(dir.resolve("provenance.json")))
        .contains("dataChanges")
        .contains("train-images-idx3-ubyte");
    assertThat(Files.readString(dir.resolve("run.log"))).contains("continuing");
  }

  @Test
  void aReaderNextToAWriterAlwaysGetsAnIntactCheckpoint() throws Exception {
    Path dir = tmp.resolve("live");
    // keep_checkpoints=1 and a checkpoint every step: the writer deletes what a reader just
    // listed, again and again
    Process p = start(dir, "keep_checkpoints=1", "checkpoint_every=1");
    Path png = tmp.resolve("live.png");
    int reads = 0;
    try {
      waitFor(() -> !Checkpointer.list(dir.resolve("checkpoints")).isEmpty(), p);
      while (p.isAlive() && reads < 8) {
        runner.sample(dir, Optional.empty(), 4, null, 0, png);
        assertThat(png).isNotEmptyFile();
        reads++;
      }
    } finally {
      p.destroyForcibly();
      p.waitFor();
    }
    assertThat(reads).isPositive();
    assertThat(printed()).doesNotContain("damaged");
  }

  @Test
  void ctrlCEndsInInterruptedNamingTheLastIntactCheckpoint() throws Exception {
    interruptAndResume("INT");
  }

  @Test
  void sigtermEndsInInterruptedNamingTheLastIntactCheckpoint() throws Exception {
    interruptAndResume("TERM");
  }

  private void interruptAndResume(String signal) throws Exception {
    Path dir = tmp.resolve("signal-" + signal);
    // A checkpoint every step keeps the last steps slow enough for the signal to land before the
    // end (the tiny net's steps take milliseconds), and puts the stop among checkpoint writes.
    Process p = start(dir, "checkpoint_every=1");
    waitFor(() -> ChildRuns.metricRows(dir) >= 7, p);
    new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("the run stops").isTrue();
    String out = Files.readString(dir.resolveSibling(dir.getFileName() + ".out"));
    assertThat(status(dir)).startsWith("interrupted: last intact checkpoint step-");
    assertThat(out)
        .contains("interrupted: last intact checkpoint step-")
        .doesNotContain("Exception");
    assertEveryCheckpointIntact(dir);
    runner.resume(dir);
    assertSameAsReference(dir);
  }

  @Test
  void aFullDiskEndsInFailedNamingTheReasonAndKeepsIntactCheckpoints() throws Exception {
    Path mnt = tmp.resolve("small");
    Files.createDirectories(mnt);
    Process m =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mnt.toString())
            .redirectErrorStream(true)
            .start();
    boolean mounted = m.waitFor(10, TimeUnit.SECONDS) && m.exitValue() == 0;
    assumeTrue(mounted, "a full disk needs a small tmpfs, which only root can mount: skipped");
    try {
      Path dir = mnt.resolve("run");
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      // many small writes: sample pictures every 10 steps fill 1 MB well before 3000 steps
      PrintStream oldErr = System.err;
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code;
      try {
        List<String> args =
            new ArrayList<>(
                List.of(
                    "run", "dcgan", "--seed", "5", "--steps", "3000", "--run-dir", dir.toString()));
        for (String s : SETTINGS) {
          args.addAll(List.of("--set", s));
        }
        code = Main.execute(args.toArray(new String[0]));
      } finally {
        System.setErr(oldErr);
      }
      String message = err.toString(StandardCharsets.UTF_8);
      assertThat(code).isNotZero();
      assertThat(message.lines().filter(l -> !l.isBlank()).count()).as(message).isEqualTo(1);
      assertThat(message).containsIgnoringCase("space");
      assertThat(status(dir)).startsWith("failed: ").containsIgnoringCase("space");
      assertEveryCheckpointIntact(dir);
    } finally {
      new ProcessBuilder("umount", "-l", mnt.toString()).start().waitFor();
    }
  }

  /** Starts `ganlab run dcgan` with the test settings, {@code extra} replacing keys. */
  private static Process start(Path dir, String... extra) throws IOException {
    List<String> settings = new ArrayList<>(SETTINGS);
    for (String e : extra) {
      settings.removeIf(s -> s.startsWith(e.substring(0, e.indexOf('=') + 1)));
      settings.add(e);
    }
    return ChildRuns.start(dir, "dcgan", 5, STEPS, settings);
  }

  private static void waitFor(java.util.function.BooleanSupplier done, Process p)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!done.getAsBoolean() && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(done.getAsBoolean()).as("condition reached while the child ran").isTrue();
  }
}
