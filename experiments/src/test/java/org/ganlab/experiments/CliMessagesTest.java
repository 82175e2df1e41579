package org.ganlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.core.tf.Precision;
import org.ganlab.experiments.cli.Main;
import org.ganlab.experiments.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bad command lines get one clear line and exit 2 before any work is done. */
class CliMessagesTest {
  @TempDir Path tmp;

  private static void assertRefused(CliOutcome o, String message) {
    assertThat(o.code()).as(o.err()).isEqualTo(2);
    assertThat(o.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(o.err().lines().filter(l -> !l.isBlank()).count()).isEqualTo(1);
  }

  @Test
  void optionsThatSayTheSameThingTwiceAreRefused() {
    assertRefused(
        CliOutcome.run("run", "gan-ring8", "--steps", "5", "--set", "steps=4"),
        "--steps and --set steps both set the step count");
    assertRefused(
        CliOutcome.run("run", "gan-ring8", "--out", tmp.toString(), "--run-dir", tmp.toString()),
        "--out and --run-dir both say where the run goes");
    assertRefused(
        CliOutcome.run("run", "gan-ring8", "--set", "lr_d=1e-3", "--set", "lr_d=2e-3"),
        "--set lr_d is given twice");
  }

  @Test
  void diagnosticsWhereTheyCannotBeTakenAreRefusedBeforeTheRunDirectoryExists() {
    Path dir = tmp.resolve("cyclegan-diagnostics");
    assertRefused(
        CliOutcome.run(
            "run",
            "cyclegan",
            "--steps",
            "1",
            "--set",
            "diagnostics=true",
            "--run-dir",
            dir.toString()),
        "diagnostics=true: cyclegan trains a CycleGanFamily, which has no single generator");
    Path sharded = tmp.resolve("sharded-diagnostics");
    assertRefused(
        CliOutcome.run(
            "run",
            "gan-ring8",
            "--steps",
            "1",
            "--set",
            "diagnostics=true",
            "--set",
            "grad_shards=2",
            "--run-dir",
            sharded.toString()),
        "diagnostics=true: not available with grad_shards=2");
    assertThat(dir).doesNotExist();
    assertThat(sharded).doesNotExist();
  }

  @Test
  void aBenchWithBf16RowsIsRefusedBeforeAnythingTrainsOnACpuWithoutBfloat16() {
    // Where the CPU has the instructions, the docs build runs this suite's quick variant instead.
    assumeTrue(Precision.cpuBf16Flags().isEmpty(), "this CPU has bfloat16 instructions");
    Path out = tmp.resolve("precision");
    assertRefused(
        CliOutcome.run("bench", "precision", "--quick", "--out", out.toString()),
        "the suite's row 'dcgan-bf16' sets precision=bf16, which this machine cannot train, so"
            + " nothing was trained: precision=bf16 needs a CPU with AVX-512 BF16 or AMX");
    assertThat(out.resolve("runs").resolve("dcgan")).doesNotExist();
  }

  @Test
  void nanIsRefusedTheSameWayWhateverItsSpelling() {
    CliOutcome lower = CliOutcome.run("run", "gan-ring8", "--set", "lr_d=nan");
    CliOutcome upper = CliOutcome.run("run", "gan-ring8", "--set", "lr_d=NaN");
    assertRefused(lower, "hyperparameter 'lr_d' must be double, got 'nan'");
    assertRefused(upper, "hyperparameter 'lr_d' must be double, got 'NaN'");
  }

  @Test
  void sampleCountsAreBoundedBeforeAnyWork() {
    for (String n : new String[] {"0", "2147483647"}) {
      assertRefused(
          CliOutcome.run("sample", tmp.toString(), "--n", n, "-o", tmp.resolve("x.png").toString()),
          "--n must be in [1, 100000], got " + n);
    }
  }

  @Test
  void everyCommandOfTheTreeAnswersHelp() {
    List<List<String>> paths = new ArrayList<>();
    collect(Main.commandLine(), new ArrayList<>(), paths);
    assertThat(paths).hasSizeGreaterThan(20);
    for (List<String> path : paths) {
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      CliOutcome o = CliOutcome.run(args.toArray(String[]::new));
      String cmd = String.join(" ", path);
      assertThat(o.code()).as(cmd + ": " + o.err()).isZero();
      assertThat(o.out()).as(cmd).startsWith("Usage: ganlab " + cmd);
    }
  }

  /** Every subcommand path below {@code cli}, depth first. */
  private static void collect(CommandLine cli, List<String> path, List<List<String>> out) {
    for (Map.Entry<String, CommandLine> sub : cli.getSubcommands().entrySet()) {
      List<String> p = new ArrayList<>(path);
      p.add(sub.getKey());
      out.add(p);
      collect(sub.getValue(), p, out);
    }
  }

  @Test
  void runDirectoriesStartedInTheSameSecondGetDistinctNames() {
    Path a = RunDirectory.create(tmp, "dcgan", 7).root();
    Path b = RunDirectory.create(tmp, "dcgan", 7).root();
    assertThat(a).isDirectory();
    assertThat(b).isDirectory().isNotEqualTo(a);
    // within the same second the second run gets the suffix -2; in a new second, a new stamp
    assertThat(b.getFileName().toString()).matches("\\d{8}-\\d{6}-s7(-2)?");
  }
}
