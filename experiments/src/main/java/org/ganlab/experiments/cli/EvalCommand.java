package org.ganlab.experiments.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.ExperimentRunner;
import org.ganlab.experiments.MemorizationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ganlab eval <run-dir> [--checkpoint step]}: evaluates a checkpoint with the run's
 * evaluator and prints {@code step N} then one {@code name value} line per metric, the values
 * written exactly as in eval.csv (so they equal that step's row). With {@code --memorization [--n
 * N] [-o PNG]} it prints the {@link MemorizationReport}'s values instead.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Evaluate a run's checkpoint with the experiment's"
            + " metrics (the same values as its eval.csv row).")
final class EvalCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN_DIR")
  Path runDir;

  @Option(
      names = "--checkpoint",
      paramLabel = "STEP",
      description = "checkpoint step (default: newest intact)")
  Long step;

  @Option(
      names = "--memorization",
      description =
          "instead of the run's metrics: nearest-training-image distances of samples against"
              + " held-out test images (Fashion-MNIST classifier features), and a PNG of the"
              + " closest samples beside their neighbours")
  boolean memorization;

  @Option(names = "--n", description = "samples for --memorization (default ${DEFAULT-VALUE})")
  int n = 1000;

  @Option(
      names = {"-o", "--output"},
      description = "the --memorization picture (default RUN_DIR/memorization.png)")
  Path output;

  @Override
  public Integer call() {
    if (memorization) {
      if (n < 2) {
        throw new ConfigException("--n must be at least 2, got " + n);
      }
      ExperimentRegistry registry = new ExperimentRegistry();
      Path png = output != null ? output : runDir.resolve("memorization.png");
      Map<String, Number> values =
          new MemorizationReport(registry, System.out)
              .check(runDir, Optional.ofNullable(step), n, 16, png);
      values.forEach((k, v) -> System.out.println(k + " " + v));
      System.out.println("wrote " + png.toAbsolutePath());
      return 0;
    }
    ExperimentRunner.Evaluation e =
        new ExperimentRunner(new ExperimentRegistry(), System.out, false)
            .evaluate(runDir, Optional.ofNullable(step));
    System.out.println("step " + e.step());
    for (Map.Entry<String, Number> v : e.values().entrySet()) {
      System.out.println(v.getKey() + " " + v.getValue());
    }
    return 0;
  }
}
