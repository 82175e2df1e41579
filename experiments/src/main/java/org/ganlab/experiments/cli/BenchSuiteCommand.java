package org.ganlab.experiments.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.bench.BenchLayout;
import org.ganlab.experiments.bench.BenchRunner;
import org.ganlab.experiments.bench.BenchSuite;
import org.ganlab.experiments.bench.BenchSuites;
import org.ganlab.experiments.bench.BenchTable;
import org.ganlab.experiments.bench.InProcessLauncher;
import org.ganlab.experiments.bench.LocalRunEngine;
import org.ganlab.experiments.bench.ProcessLauncher;
import org.ganlab.experiments.bench.RunEngine;
import org.ganlab.experiments.bench.RunLauncher;
import org.ganlab.experiments.run.RunDirectory;
import org.ganlab.experiments.spark.SparkRunEngine;
import org.ganlab.experiments.spark.SparkSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ganlab bench <suite>}: runs a suite for several seeds and writes its table. One instance
 * per suite, added to {@code bench} by {@link BenchCommand#addSuites}.
 */
@Command(
    mixinStandardHelpOptions = true,
    description =
        "Run a benchmark suite for several seeds and write table.md and"
            + " table.csv; finished runs are reused and unfinished ones resumed.")
final class BenchSuiteCommand implements Callable<Integer> {
  private final String suite;

  @Spec CommandSpec spec;

  @Option(names = "--seeds", description = "seeds 0..N-1 (default 3, or 1 with --quick)")
  Integer seeds;

  @Option(
      names = "--out",
      description = "benchmark directory (default bench/<suite>, or bench/<suite>-quick)")
  Path out;

  @Option(
      names = "--parallel",
      description =
          "runs trained at once, each in its own"
              + " process (default ${DEFAULT-VALUE}: one after another in this process)")
  int parallel = 1;

  @Option(
      names = "--quick",
      description = "the minutes-long variant: shows the suite runs, says nothing about quality")
  boolean quick;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "run the suite's runs on this Spark master (e.g. spark://HOST:7077), one run per task,"
              + " with --out on a path every executor shares; see ganlab sweep --help")
  String master;

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description = "a Spark property for --master, repeatable")
  List<String> conf = new ArrayList<>();

  @Mixin DataDirOption dataDir;

  BenchSuiteCommand(String suite) {
    this.suite = suite;
  }

  @Override
  public Integer call() {
    PrintStream o = System.out;
    int n = seeds != null ? seeds : quick ? 1 : 3;
    if (n < 1 || parallel < 1) {
      throw new ParameterException(spec.commandLine(), "--seeds and --parallel must be at least 1");
    }
    Path defaultDir = Path.of("bench", quick ? suite + "-quick" : suite);
    Path dir = out != null ? out : defaultDir;
    BenchLayout layout = new BenchLayout(dir);
    Optional<Path> data = dataDir.value();
    BenchSuite s =
        new BenchSuites(
                quick,
                data,
                new RunDirectory(dir.resolve("runs").resolve("references")).featureCache())
            .named(suite);
    ExperimentRegistry registry = new ExperimentRegistry();
    RunLauncher launcher =
        parallel > 1 ? new ProcessLauncher(data) : new InProcessLauncher(registry, o, data);
    // Spark only when asked for: the default bench never loads it.
    RunEngine engine =
        master == null
            ? new LocalRunEngine(launcher, parallel, o)
            : new SparkRunEngine(
                SparkSettings.of(
                    Optional.of(master),
                    parallel,
                    SparkProperties.parse(conf),
                    data.map(p -> p.toAbsolutePath().toString())),
                "bench",
                o);
    List<String> command =
        new ArrayList<>(List.of("./ganlab", "bench", suite, "--seeds", Integer.toString(n)));
    if (quick) {
      command.add("--quick");
    }
    if (parallel > 1) {
      command.addAll(List.of("--parallel", Integer.toString(parallel)));
    }
    if (master != null) {
      command.addAll(List.of("--master", master));
    }
    // The table shows the command that reproduces it; the default --out adds nothing to that.
    if (!dir.normalize().equals(defaultDir)) {
      command.addAll(List.of("--out", dir.toString()));
    }
    BenchTable table =
        new BenchRunner(registry, o)
            .run(
                s,
                LongStream.range(0, n).boxed().toList(),
                layout,
                engine,
                String.join(" ", command));
    for (BenchTable.TargetResult t : table.targets()) {
      o.println(
          (t.met() ? "target met: " : "target NOT met: ")
              + t.target().description()
              + (t.closest() != null ? " (" + t.closest() + ")" : ""));
    }
    o.println("table: " + layout.tableMarkdown().toAbsolutePath() + " and table.csv");
    if (!table.complete()) {
      o.println(
          "some runs failed or are missing; see the table's Rows section. Rerunning the"
              + " same command resumes them.");
      return 1;
    }
    return 0;
  }
}
