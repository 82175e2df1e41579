package org.ganlab.experiments.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.ExperimentRunner;
import org.ganlab.experiments.RunRequest;
import org.ganlab.experiments.RunResult;
import org.ganlab.experiments.run.RunDirectory;
import org.ganlab.experiments.run.RunStatus;
import org.ganlab.experiments.spark.BarrierLaunch;
import org.ganlab.experiments.spark.SparkSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ganlab run <experiment>}. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Train an experiment into a new run directory.")
final class RunCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "EXPERIMENT",
      description = "a shipped experiment (see 'ganlab list') or an Experiment class name")
  String experiment;

  @Option(names = "--seed", description = "root seed (default ${DEFAULT-VALUE})")
  long seed = 0;

  @Option(names = "--steps", description = "generator steps (overrides the experiment's)")
  Long steps;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a hyperparameter")
  List<String> assignments = new ArrayList<>();

  @Option(names = "--out", description = "directory for run directories (default runs)")
  Path out;

  @Option(
      names = "--run-dir",
      description =
          "exact run directory to create (default: <out>/<experiment>/<timestamp>-s<seed>)")
  Path runDir;

  @Mixin DataDirOption dataDir;

  @Mixin WorkersOption workers;

  @Override
  public Integer call() {
    checkConflicts();
    PrintStream o = System.out;
    Optional<SparkSettings> spark = workers.spark(dataDir.value());
    if (spark.isPresent()) {
      Path dir =
          runDir != null
              ? runDir
              : RunDirectory.create(out != null ? out : Path.of("runs"), experiment, seed).root();
      new BarrierLaunch(spark.get(), o).train(taskZeroCommand(), dir, workers.workers);
      o.println("results: " + dir + " (status: " + RunStatus.read(dir) + ")");
      return 0;
    }
    ExperimentRunner runner =
        new ExperimentRunner(new ExperimentRegistry(), o, System.console() != null);
    RunResult r =
        runner.run(
            new RunRequest(
                experiment,
                seed,
                Optional.ofNullable(steps),
                assignments,
                out != null ? out : Path.of("runs"),
                Optional.ofNullable(runDir),
                dataDir.value()),
            workers.value());
    Summary.print(o, r);
    return 0;
  }

  /** This command as task 0 runs it, without the options that say where the workers are. */
  private List<String> taskZeroCommand() {
    List<String> c = new ArrayList<>(List.of("run", experiment, "--seed", Long.toString(seed)));
    if (steps != null) {
      c.addAll(List.of("--steps", Long.toString(steps)));
    }
    assignments.forEach(a -> c.addAll(List.of("--set", a)));
    dataDir.value().ifPresent(d -> c.addAll(List.of("--data-dir", d.toAbsolutePath().toString())));
    return c;
  }

  /** Options that say the same thing twice are refused rather than one silently winning. */
  private void checkConflicts() {
    if (out != null && runDir != null) {
      throw new ConfigException("--out and --run-dir both say where the run goes; give one");
    }
    Set<String> keys = new HashSet<>();
    for (String a : assignments) {
      int eq = a.indexOf('=');
      String key = eq > 0 ? a.substring(0, eq).trim() : a;
      if (!keys.add(key)) {
        throw new ConfigException("--set " + key + " is given twice; give it once");
      }
      if (key.equals("steps") && steps != null) {
        throw new ConfigException("--steps and --set steps both set the step count; give one");
      }
    }
  }
}
