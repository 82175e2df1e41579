package org.ganlab.experiments.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.ExperimentRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ganlab eval <run-dir> [--checkpoint step]}: evaluates a checkpoint with the run's
 * evaluator and prints {@code step N} then one {@code name value} line per metric, the values
 * written exactly as in eval.csv (so they equal that step's row).
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

  @Override
  public Integer call() {
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
