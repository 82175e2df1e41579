package org.ganlab.experiments.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.run.RunCsv;
import org.ganlab.experiments.run.RunStatus;
import org.ganlab.metrics.stats.Bound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A two-row suite of short ring-8 runs: aggregation, reuse, resume, refusal, failures. */
class BenchRunnerTest {
  private static final List<Long> SEEDS = List.of(0L, 1L);
  private final ExperimentRegistry registry = new ExperimentRegistry();
  private final PrintStream out =
      new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  private static RunSpec ring(String id, long steps) {
    return new RunSpec(
        id,
        "gan-ring8",
        steps,
        List.of(
            "eval_samples=500",
            "eval_every=100",
            "grid_size=200",
            "checkpoint_every=100",
            "sample_every=100",
            "hidden_units=64"));
  }

  private static BenchSuite suite() {
    RunSpec longer = ring("ring", 200);
    return new BenchSuite(
        "test",
        "Test suite",
        true,
        List.of(BenchEntry.of("trained", longer), BenchEntry.atStep("untrained", longer, 0)),
        List.of("modes_captured", "high_quality"),
        List.of(new ConstantReference()),
        List.of(
            new QualityTarget(
                "modes at least 0",
                List.of("untrained", "trained"),
                List.of(Bound.atLeast("modes_captured", 0))),
            new QualityTarget(
                "impossible",
                List.of("trained", "untrained"),
                List.of(Bound.atLeast("modes_captured", 9)))),
        List.of("a note"),
        List.of(new SummaryRow("mean", "of both rows", List.of("trained", "untrained"))));
  }

  /** Counts launches and delegates to the in-process runner. */
  private final class Counting implements RunLauncher {
    final List<String> launches = new ArrayList<>();
    private final RunLauncher inner = new InProcessLauncher(registry, out, Optional.empty());

    @Override
    public void launch(RunSpec spec, long seed, Path runDir, boolean resume) {
      launches.add(spec.id() + "/" + seed + (resume ? "/resume" : ""));
      inner.launch(spec, seed, runDir, resume);
    }
  }

  private static final class ConstantReference implements ReferenceRow {
    @Override
    public String label() {
      return "reference";
    }

    @Override
    public String description() {
      return "constant";
    }

    @Override
    public Map<String, Number> compute(long seed, BenchLayout bench) {
      return Map.of("modes_captured", 8 - seed);
    }
  }

  /** A reference row that reads a run no entry trains: its modes at the final step. */
  private static final class RunReader implements ReferenceRow {
    static final RunSpec RUN = ring("read", 100);

    @Override
    public String label() {
      return "reader";
    }

    @Override
    public String description() {
      return "reads runs/read";
    }

    @Override
    public List<RunSpec> runs() {
      return List.of(RUN);
    }

    @Override
    public Map<String, Number> compute(long seed, BenchLayout bench) {
      Map<String, Double> row =
          RunCsv.evalRow(bench.runDir(RUN, seed).resolve("eval.csv"), RUN.steps());
      return row == null ? Map.of() : Map.of("modes_captured", row.get("modes_captured"));
    }
  }

  @Test
  void runsOnlyAReferenceRowReadsAreTrainedWithTheSuiteAndTheirFailuresNamed(@TempDir Path dir) {
    BenchSuite s =
        new BenchSuite(
            "test",
            "Test",
            true,
            List.of(BenchEntry.of("trained", ring("ring", 100))),
            List.of("modes_captured"),
            List.of(new RunReader()),
            List.of(),
            List.of());
    assertThat(s.runs()).extracting(RunSpec::id).containsExactly("ring", "read");
    Counting launcher = new Counting();
    BenchLayout layout = new BenchLayout(dir.resolve("ok"));
    BenchTable t = new BenchRunner(registry, out).run(s, List.of(0L), layout, launcher, 1, "cmd");
    assertThat(launcher.launches).containsExactly("ring/0", "read/0");
    assertThat(t.complete()).isTrue();
    double modes =
        RunCsv.evalRow(dir.resolve("ok/runs/read/s0/eval.csv"), 100).get("modes_captured");
    assertThat(t.row("reader").metrics().get("modes_captured").mean()).isEqualTo(modes);
    assertThat(t.row("reader").runs()).as("the table links trained rows' runs only").isEmpty();

    Counting inner = new Counting();
    RunLauncher readFails =
        (spec, seed, runDir, resume) -> {
          if (spec.id().equals("read")) {
            throw new IllegalStateException("disk full");
          }
          inner.launch(spec, seed, runDir, resume);
        };
    BenchLayout brokenLayout = new BenchLayout(dir.resolve("broken"));
    BenchTable broken =
        new BenchRunner(registry, out).run(s, List.of(0L), brokenLayout, readFails, 1, "cmd");
    assertThat(broken.complete()).isFalse();
    assertThat(broken.row("trained").problems()).isEmpty();
    assertThat(broken.row("reader").problems()).containsExactly("runs/read seed 0: disk full");
    assertThat(broken.row("reader").metrics()).isEmpty();
    assertThat(brokenLayout.tableMarkdown()).content().contains("**missing:** runs/read seed 0");

    assertThatThrownBy(
            () ->
                new BenchSuite(
                    "test",
                    "Test",
                    true,
                    List.of(BenchEntry.of("trained", ring("read", 300))),
                    List.of("modes_captured"),
                    List.of(new RunReader()),
                    List.of(),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("run id 'read' names two configurations");
  }

  @Test
  void tableIsTheMeanOfTheRunsFinalRowsAndFinishedRunsAreReused(@TempDir Path dir)
      throws Exception {
    BenchLayout layout = new BenchLayout(dir);
    Counting launcher = new Counting();
    BenchTable t = new BenchRunner(registry, out).run(suite(), SEEDS, layout, launcher, 1, "cmd");
    assertThat(launcher.launches).containsExactly("ring/0", "ring/1");
    assertThat(t.complete()).isTrue();

    BenchTable.Row trained = t.row("trained");
    double m0 = RunCsv.evalRow(dir.resolve("runs/ring/s0/eval.csv"), 200).get("high_quality");
    double m1 = RunCsv.evalRow(dir.resolve("runs/ring/s1/eval.csv"), 200).get("high_quality");
    assertThat(m0).isNotEqualTo(m1);
    assertThat(trained.metrics().get("high_quality").mean()).isEqualTo((m0 + m1) / 2);
    assertThat(trained.metrics().get("high_quality").std())
        .isCloseTo(Math.abs(m0 - m1) / Math.sqrt(2), within(1e-12));
    assertThat(trained.trainMinutes().mean()).isPositive();
    assertThat(trained.runs())
        .containsExactly(dir.resolve("runs/ring/s0"), dir.resolve("runs/ring/s1"));
    BenchTable.Row untrained = t.row("untrained");
    assertThat(untrained.step()).isZero();
    assertThat(untrained.metrics().get("high_quality").mean())
        .isEqualTo(
            (RunCsv.evalRow(dir.resolve("runs/ring/s0/eval.csv"), 0).get("high_quality")
                    + RunCsv.evalRow(dir.resolve("runs/ring/s1/eval.csv"), 0).get("high_quality"))
                / 2);
    assertThat(untrained.trainMinutes().mean()).isZero();
    assertThat(t.row("reference").metrics().get("modes_captured").mean()).isEqualTo(7.5);
    // The summary averages the two rows seed by seed, then takes mean and std over the seeds.
    double u0 = RunCsv.evalRow(dir.resolve("runs/ring/s0/eval.csv"), 0).get("high_quality");
    double u1 = RunCsv.evalRow(dir.resolve("runs/ring/s1/eval.csv"), 0).get("high_quality");
    BenchTable.Row mean = t.row("mean");
    assertThat(mean.reference()).isTrue();
    assertThat(mean.metrics().get("high_quality").mean())
        .isCloseTo(((m0 + u0) / 2 + (m1 + u1) / 2) / 2, within(1e-15));
    assertThat(mean.metrics().get("high_quality").std())
        .isCloseTo(Math.abs((m0 + u0) / 2 - (m1 + u1) / 2) / Math.sqrt(2), within(1e-12));
    assertThat(t.targets()).extracting(BenchTable.TargetResult::met).containsExactly(true, false);
    // Neither row holds the impossible bound; the closest is the one with more modes.
    double trainedModes = trained.metrics().get("modes_captured").mean();
    double untrainedModes = t.row("untrained").metrics().get("modes_captured").mean();
    assertThat(trainedModes).isNotEqualTo(untrainedModes);
    String more = trainedModes > untrainedModes ? "trained" : "untrained";
    assertThat(t.targets().get(1).closest()).isEqualTo(more);
    // Both rows meet the first target: the table names the better one, not the first listed.
    assertThat(t.targets().get(0).closest()).isEqualTo(more);

    String md = Files.readString(layout.tableMarkdown());
    assertThat(md)
        .contains(
            "Command: `cmd`",
            "| trained |",
            "[s1](runs/ring/s1)",
            "**met**: modes at least 0",
            "**not met**: impossible",
            "a note",
            "![trained](grids/ring-step200.png)");
    assertThat(layout.grids().resolve("ring-step0.png")).isRegularFile();
    List<String> csv = Files.readAllLines(layout.tableCsv());
    assertThat(csv).hasSize(5);
    assertThat(csv.get(1)).startsWith("trained,trained,200,2,");

    Counting again = new Counting();
    BenchTable t2 = new BenchRunner(registry, out).run(suite(), SEEDS, layout, again, 1, "cmd");
    assertThat(again.launches).as("finished runs are reused").isEmpty();
    assertThat(t2.row("trained").metrics()).isEqualTo(trained.metrics());
  }

  @Test
  void unfinishedRunsAreResumedAndForeignOnesRefused(@TempDir Path dir) {
    BenchLayout layout = new BenchLayout(dir);
    BenchSuite s = suite();
    new BenchRunner(registry, out).run(s, List.of(0L), layout, new Counting(), 1, "cmd");
    Path run = dir.resolve("runs/ring/s0");
    RunStatus.write(run, "running");
    Counting launcher = new Counting();
    BenchTable t = new BenchRunner(registry, out).run(s, List.of(0L), layout, launcher, 1, "cmd");
    assertThat(launcher.launches).containsExactly("ring/0/resume");
    assertThat(RunStatus.read(run)).isEqualTo("finished");
    assertThat(t.complete()).isTrue();

    BenchSuite other =
        new BenchSuite(
            "test",
            "Test",
            true,
            List.of(BenchEntry.of("trained", ring("ring", 300))),
            List.of("modes_captured"),
            List.of(),
            List.of(),
            List.of());
    assertThatThrownBy(
            () ->
                new BenchRunner(registry, out)
                    .run(other, List.of(0L), layout, new Counting(), 1, "cmd"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(run.resolve("config.json").toString())
        .hasMessageContaining("steps = 200, suite wants 300");
  }

  @Test
  void failedRunsLeaveTheRowIncompleteAndTheTableWritten(@TempDir Path dir) {
    BenchLayout layout = new BenchLayout(dir);
    RunLauncher broken =
        (spec, seed, runDir, resume) -> {
          throw new IllegalStateException("out of memory in seed " + seed);
        };
    BenchTable t = new BenchRunner(registry, out).run(suite(), SEEDS, layout, broken, 2, "cmd");
    assertThat(t.complete()).isFalse();
    assertThat(t.row("trained").problems())
        .containsExactly("seed 0: out of memory in seed 0", "seed 1: out of memory in seed 1");
    assertThat(t.row("trained").metrics()).isEmpty();
    assertThat(layout.tableMarkdown()).content().contains("**missing:**");
  }

  @Test
  void processLauncherTrainsInAChildJvmAndKeepsItsOutputBesideTheRun(@TempDir Path dir) {
    Path run = dir.resolve("runs/ring/s3");
    new ProcessLauncher(Optional.empty()).launch(ring("ring", 20), 3, run, false);
    assertThat(RunStatus.read(run)).isEqualTo("finished");
    assertThat(dir.resolve("runs/ring/s3.log")).content().contains("results:");
    assertThatThrownBy(
            () ->
                new ProcessLauncher(Optional.empty())
                    .launch(
                        ring("ring", 20).with("no_such_key=1"),
                        3,
                        dir.resolve("runs/bad/s0"),
                        false))
        .hasMessageContaining("exit status")
        .hasMessageContaining("s0.log");
  }
}
