package org.ganlab.experiments.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.bench.BenchLayout;
import org.ganlab.experiments.bench.LaunchMode;
import org.ganlab.experiments.sweep.SweepFile;
import org.ganlab.experiments.sweep.SweepFileReader;
import org.ganlab.experiments.sweep.SweepRunner;
import org.ganlab.experiments.sweep.SweepTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real sweep of short ring-8 runs (two learning rates x two seeds) through Spark: in local[2]
 * mode, again to show that nothing retrains, and on a standalone cluster of two workers started on
 * 127.0.0.1 by the test, which must give the same table.
 */
class SweepSparkTest {
  private static final String SWEEP =
      """
      {"experiment": "gan-ring8", "steps": 200,
       "set": {"eval_samples": 500, "eval_every": 200, "grid_size": 200, "checkpoint_every": 200,
               "sample_every": 200, "hidden_units": 64},
       "search": {"lr_d": {"grid": [1e-3, 1e-2], "scale": "log"}},
       "seeds": 2,
       "metric": {"column": "high_quality", "goal": "maximize"}}
      """;

  @TempDir static Path dir;
  private static final ExperimentRegistry REGISTRY = new ExperimentRegistry();
  private static SweepFile sweep;
  private static SweepTable local;
  private static String localLog;

  /** The local-mode sweep every test compares with: two runs at once in this JVM. */
  @BeforeAll
  static void sweepLocally() throws Exception {
    Path file = dir.resolve("lr.json");
    Files.writeString(file, SWEEP);
    sweep = new SweepFileReader(REGISTRY).read(file);
    SparkSettings settings =
        new SparkSettings("local[2]", 2, Map.of(), Optional.empty(), LaunchMode.IN_PROCESS);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
    local = sweep(settings, dir.resolve("local"), out);
    localLog = log.toString(StandardCharsets.UTF_8);
  }

  private static SweepTable sweep(SparkSettings settings, Path out, PrintStream log) {
    return new SweepRunner(REGISTRY, log)
        .run(sweep, new BenchLayout(out), new SparkRunEngine(settings, "sweep", log), "cmd");
  }

  @Test
  void localModeWritesTheRankedTableAndOnePlotPerKey() throws Exception {
    assertThat(localLog).contains("4 runs on Spark master local[2]", "4 of 4 finished");
    assertThat(local.complete()).isTrue();
    assertThat(local.rows()).hasSize(2);
    Path out = dir.resolve("local");
    for (SweepTable.Row r : local.rows()) {
      List<Double> values =
          r.runs().stream()
              .map(
                  d ->
                      org.ganlab.experiments.run.RunCsv.evalRow(d.resolve("eval.csv"), 200)
                          .get("high_quality"))
              .toList();
      assertThat(r.bySeed().values()).containsExactlyElementsOf(values);
      assertThat(r.metric().mean()).isEqualTo((values.get(0) + values.get(1)) / 2);
      assertThat(r.runs().get(0)).isEqualTo(out.resolve("runs/" + r.trial().id() + "/s0"));
    }
    assertThat(local.rows().get(0).metric().mean())
        .isGreaterThanOrEqualTo(local.rows().get(1).metric().mean());
    List<String> csv = Files.readAllLines(out.resolve("table.csv"));
    assertThat(csv.get(0))
        .isEqualTo("rank,trial,lr_d,high_quality_mean,high_quality_std,n,options,missing");
    assertThat(csv).hasSize(3);
    assertThat(csv.get(1)).startsWith("1," + local.rows().get(0).trial().id() + ",");
    assertThat(csv.get(1)).contains(",2,--steps 200 --set eval_samples=500 ");
    assertThat(Files.readString(out.resolve("table.md")))
        .contains("| rank | trial | lr_d | high_quality | n |", "(high_quality_vs_lr_d.png)");
    assertThat(Files.size(out.resolve("high_quality_vs_lr_d.png"))).isPositive();
    assertThat(out.resolve("sweep.json")).hasContent(SWEEP);
  }

  @Test
  void rerunningReusesEveryFinishedRun() throws Exception {
    Path out = dir.resolve("local");
    Path metrics = local.rows().get(0).runs().get(0).resolve("metrics.csv");
    FileTime before = Files.getLastModifiedTime(metrics);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    SweepTable again =
        sweep(
            SparkSettings.of(Optional.empty(), 2, Map.of(), Optional.empty()),
            out,
            new PrintStream(log, true, StandardCharsets.UTF_8));
    String text = log.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("finished, reused").doesNotContain("running", "Spark master");
    assertThat(text.lines().filter(l -> l.contains("reused"))).hasSize(4);
    assertThat(Files.getLastModifiedTime(metrics)).isEqualTo(before);
    assertThat(again.rows())
        .extracting(SweepTable.Row::metric)
        .isEqualTo(local.rows().stream().map(SweepTable.Row::metric).toList());
  }

  /**
   * The cluster sweep, with one executor killed (SIGKILL) while it trains a run: Spark retries the
   * task on another executor, which resumes the run, and the table and every run's metrics.csv
   * equal the local ones.
   */
  @Test
  @Timeout(300)
  void standaloneClusterGivesTheLocalTableThoughAnExecutorIsKilled() throws Exception {
    Path out = dir.resolve("cluster");
    ExecutorService driver = Executors.newSingleThreadExecutor();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (StandaloneCluster cluster = StandaloneCluster.start(dir.resolve("spark"), 2, "1g")) {
      SparkSettings settings =
          SparkSettings.of(
              Optional.of(cluster.masterUrl()),
              1,
              Map.of(
                  "spark.driver.host", "127.0.0.1",
                  "spark.driver.bindAddress", "127.0.0.1",
                  "spark.executor.memory", "768m",
                  // Quicker executor start-up: the runs' work is TensorFlow's native code.
                  "spark.executor.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"),
              Optional.empty());
      Future<SweepTable> run =
          driver.submit(() -> sweep(settings, out, new PrintStream(log, true, UTF_8)));
      ProcessHandle killed = killAnExecutorMidRun(cluster, out, run);
      SweepTable t = run.get(240, TimeUnit.SECONDS);
      assertThat(killed.isAlive()).isFalse();
      assertThat(log.toString(UTF_8))
          .contains("4 runs on Spark master " + cluster.masterUrl(), "lost", "4 of 4 finished");
      assertThat(t.complete()).isTrue();
    } finally {
      driver.shutdownNow();
    }
    assertThat(Files.readAllLines(out.resolve("table.csv")))
        .isEqualTo(Files.readAllLines(dir.resolve("local/table.csv")));
    for (SweepTable.Row r : local.rows()) {
      for (Path run : r.runs()) {
        Path twin = out.resolve(dir.resolve("local").relativize(run));
        assertThat(twin.resolve("metrics.csv")).hasSameBinaryContentAs(run.resolve("metrics.csv"));
        assertThat(twin.resolve("eval.csv")).hasSameBinaryContentAs(run.resolve("eval.csv"));
      }
    }
  }

  /**
   * Waits (bounded) until some run has logged training steps, then kills the executor JVM that
   * holds the run's lock.
   */
  private static ProcessHandle killAnExecutorMidRun(
      StandaloneCluster cluster, Path out, Future<?> sweep) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < end && !sweep.isDone()) {
      for (SweepTable.Row r : local.rows()) {
        for (Path localRun : r.runs()) {
          Path run = out.resolve(dir.resolve("local").relativize(localRun)).toAbsolutePath();
          Path metrics = run.resolve("metrics.csv");
          if (Files.exists(metrics)
              && Files.readAllLines(metrics).size() > 3
              && Files.readString(run.resolve("status.txt")).trim().equals("running")) {
            Optional<ProcessHandle> executor = cluster.executorHolding(run.resolve(".lock"));
            if (executor.isPresent()) {
              executor.get().destroyForcibly();
              executor.get().onExit().get(10, TimeUnit.SECONDS);
              return executor.get();
            }
          }
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no run was caught training before the sweep ended");
  }
}
