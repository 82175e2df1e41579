package org.ganlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ganlab.core.parallel.LoopbackNamespace;
import org.ganlab.experiments.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ganlab run --workers 2} against {@code --set grad_shards=2} in one process (which
 * ExamplesTest compares with the unsplit batch on the same MLP): the same bytes; after {@code kill
 * -9} of a worker, a clear failure and a resume with two workers that ends in the same bytes; and
 * the same two workers as a Spark barrier stage. Every process is started by the test and killed at
 * its end, inside a private network namespace with only loopback where the machine allows.
 */
class DataParallelRunTest {
  private static final long STEPS = 120;
  private static final List<String> SETTINGS = List.of("checkpoint_every=40", "eval_every=0");

  /**
   * How long a child run may take. An idle machine needs well under a minute; the bound only stops
   * a hung run, and is wide because a loaded 2-core machine has run these several times slower.
   */
  private static final long CHILD_SECONDS = 600;

  @TempDir Path tmp;
  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void stopAll() {
    for (Process p : started) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
  }

  /** {@code run gan-ring8} into {@code dir} with the test's seed, steps and settings. */
  private static List<String> runArgs(Path dir, String... options) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "run",
                "gan-ring8",
                "--seed",
                "7",
                "--steps",
                Long.toString(STEPS),
                "--run-dir",
                dir.toString()));
    a.addAll(List.of(options));
    SETTINGS.forEach(s -> a.addAll(List.of("--set", s)));
    return a;
  }

  private Process child(List<String> args, Path log) throws IOException {
    Process p =
        new ProcessBuilder(LoopbackNamespace.wrap(ChildRuns.command(args)))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    started.add(p);
    return p;
  }

  @Test
  void killedWorkerFailsTheRunAndResumeWithTwoWorkersGivesTheSameBytes() throws Exception {
    Path reference = tmp.resolve("in-graph");
    List<String> ref = runArgs(reference, "--set", "grad_shards=2");
    assertThat(Main.execute(ref.toArray(String[]::new))).isZero();

    Path run = tmp.resolve("workers");
    List<String> twoWorkers = runArgs(run, "--workers", "2");
    Process task0 = child(twoWorkers, tmp.resolve("task0.log"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CHILD_SECONDS);
    while (ChildRuns.metricRows(run) < 60 && task0.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(ChildRuns.metricRows(run)).as("task 0 trained past a checkpoint").isGreaterThan(40);
    List<ProcessHandle> workers = task0.descendants().toList();
    assertThat(workers).as("task 0 started one worker").hasSize(1);
    workers.get(0).destroyForcibly();
    assertThat(task0.waitFor(60, TimeUnit.SECONDS)).as("task 0 stopped").isTrue();
    assertThat(task0.exitValue()).isNotZero();
    assertThat(Files.readString(run.resolve("status.txt")))
        // task 0's failed all-reduce, or its watch on the worker process: whichever comes first
        .startsWith("failed: worker task")
        .contains("another worker stopped")
        .contains("resume");
    long rowsAtKill = ChildRuns.metricRows(run);
    assertThat(rowsAtKill).isLessThan(STEPS);

    Process resume =
        child(List.of("resume", run.toString(), "--workers", "2"), tmp.resolve("resume.log"));
    assertThat(resume.waitFor(CHILD_SECONDS, TimeUnit.SECONDS)).as("resume finished").isTrue();
    assertThat(resume.exitValue()).as(Files.readString(tmp.resolve("resume.log"))).isZero();
    assertThat(Files.readString(run.resolve("status.txt"))).isEqualTo("finished\n");
    assertThat(Files.readString(run.resolve("metrics.csv")))
        .isEqualTo(Files.readString(reference.resolve("metrics.csv")));
    Path last = Path.of("checkpoints", "step-000120", "ckpt.data-00000-of-00001");
    assertThat(Files.readAllBytes(run.resolve(last)))
        .isEqualTo(Files.readAllBytes(reference.resolve(last)));
    try (Stream<Path> logs = Files.list(run.resolve("workers"))) {
      assertThat(logs.map(p -> p.getFileName().toString())).containsExactly("task-1.log");
    }

    // The same two workers launched as a Spark barrier stage: the same bytes again.
    Path spark = tmp.resolve("spark");
    List<String> barrier = runArgs(spark, "--workers", "2", "--master", "local[2]");
    Process stage = child(barrier, tmp.resolve("spark.log"));
    assertThat(stage.waitFor(CHILD_SECONDS, TimeUnit.SECONDS))
        .as("barrier stage finished")
        .isTrue();
    assertThat(stage.exitValue()).as(Files.readString(tmp.resolve("spark.log"))).isZero();
    assertThat(Files.readString(spark.resolve("metrics.csv")))
        .isEqualTo(Files.readString(reference.resolve("metrics.csv")));
    assertThat(Files.readAllBytes(spark.resolve(last)))
        .isEqualTo(Files.readAllBytes(reference.resolve(last)));
  }
}
