package org.ganlab.experiments.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.bench.BenchLayout;
import org.ganlab.experiments.bench.RunEngine;
import org.ganlab.experiments.spark.SparkRunEngine;
import org.ganlab.experiments.spark.SparkSettings;
import org.ganlab.experiments.sweep.SweepFile;
import org.ganlab.experiments.sweep.SweepFileReader;
import org.ganlab.experiments.sweep.SweepRunner;
import org.ganlab.experiments.sweep.SweepTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ganlab sweep FILE}: a hyperparameter sweep on Apache Spark, ranked in a table. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Run a hyperparameter sweep: every trial of FILE (a JSON sweep file: experiment, steps,"
          + " fixed \"set\" keys, a \"search\" space of grid, uniform and log_uniform keys, a"
          + " \"random\" budget and seed, seeds, and the eval.csv \"metric\" to rank by) for"
          + " every seed, then a ranked table.md and table.csv and one"
          + " <metric>_vs_<key>.png per swept key.",
      "Runs live in OUT/runs/<trial>/s<seed>; finished ones are reused and unfinished ones"
          + " resumed, so rerunning the command continues an interrupted sweep.",
      "Runs go through Apache Spark: local[N] inside this process by default (N = --parallel),"
          + " or any master URL given by --master, with --out on a path every executor shares."
          + " Spark's standalone cluster has no authentication: keep it on loopback or a"
          + " private network."
    })
final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the sweep file (JSON)")
  Path file;

  @Option(names = "--out", description = "sweep directory (default sweeps/<file name>)")
  Path out;

  @Option(
      names = "--parallel",
      description =
          "runs at once in local mode (default ${DEFAULT-VALUE}: in this process; more: each run"
              + " in its own process)")
  int parallel = 1;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master URL, e.g. spark://HOST:7077 (default local[--parallel]); executors get"
              + " this JVM's class path, so every machine needs the same install at the same path")
  String master;

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description =
          "a Spark property, repeatable (e.g. spark.driver.host=10.0.0.5,"
              + " spark.executor.memory=4g)")
  List<String> conf = new ArrayList<>();

  @Mixin DataDirOption dataDir;

  @Override
  public Integer call() {
    PrintStream o = System.out;
    if (parallel < 1) {
      throw new ParameterException(spec.commandLine(), "--parallel must be at least 1");
    }
    Map<String, String> properties = SparkProperties.parse(conf);
    ExperimentRegistry registry = new ExperimentRegistry();
    SweepFile sweep = new SweepFileReader(registry).read(file);
    Path defaultDir = Path.of("sweeps", sweep.name());
    Path dir = out != null ? out : defaultDir;
    SparkSettings settings =
        SparkSettings.of(
            Optional.ofNullable(master),
            parallel,
            properties,
            dataDir.value().map(p -> p.toAbsolutePath().toString()));
    RunEngine engine = new SparkRunEngine(settings, "sweep", o);
    List<String> command = new ArrayList<>(List.of("./ganlab", "sweep", file.toString()));
    if (parallel > 1) {
      command.addAll(List.of("--parallel", Integer.toString(parallel)));
    }
    if (!dir.normalize().equals(defaultDir)) {
      command.addAll(List.of("--out", dir.toString()));
    }
    SweepTable table =
        new SweepRunner(registry, o)
            .run(sweep, new BenchLayout(dir), engine, String.join(" ", command));
    if (!table.rows().isEmpty() && table.rows().get(0).metric().n() > 0) {
      SweepTable.Row best = table.rows().get(0);
      o.printf(
          "best: %s (%s = %s) %s%n",
          best.trial().id(),
          sweep.metric().column(),
          best.metric().format(4),
          best.trial().setLine());
    }
    o.println("table: " + new BenchLayout(dir).tableMarkdown().toAbsolutePath() + " and table.csv");
    if (!table.complete()) {
      o.println(
          "some runs failed or are missing; see the table's Missing runs section. Rerunning the"
              + " same command resumes them.");
      return 1;
    }
    return 0;
  }
}
