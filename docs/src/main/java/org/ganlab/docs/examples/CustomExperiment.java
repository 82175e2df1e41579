package org.ganlab.docs.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.ExperimentRunner;
import org.ganlab.experiments.RunRequest;
import org.ganlab.experiments.RunResult;
import org.ganlab.experiments.cli.Main;

/**
 * Runs {@link HingeRingExperiment} into a run directory from Java, once through {@link
 * ExperimentRunner} (what {@code ganlab run} does inside) and once through the command line's entry
 * point. Guide chapter "Writing an experiment class".
 *
 * <p>{@code main} runs the experiment's default 5000 steps under {@code runs/}; pass another step
 * count as the first argument.
 */
public final class CustomExperiment {
  private CustomExperiment() {}

  /** Runs {@code args[0]} steps (default: the experiment's 5000) under {@code runs/}. */
  public static void main(String[] args) {
    Optional<Long> steps =
        args.length > 0 ? Optional.of(Long.parseLong(args[0])) : Optional.empty();
    RunResult r = run(steps, Path.of("runs"));
    System.out.println("results in " + r.runDir());
  }

  /**
   * Starts a run of {@link HingeRingExperiment} with seed 1 under {@code out}; {@code steps}
   * overrides the experiment's default. Evaluates every 250 steps, at step 0 and at the end.
   */
  public static RunResult run(Optional<Long> steps, Path out) {
    // [START runner]
    ExperimentRunner runner = new ExperimentRunner(new ExperimentRegistry(), System.out, false);
    RunRequest request =
        new RunRequest(
            HingeRingExperiment.class.getName(), // a shipped name such as "gan-ring8" works too
            1, // root seed
            steps, // Optional.empty(): the experiment's default
            List.of("hidden_units=128", "eval_every=250"), // as --set key=value
            out, // run directories go to out/hinge-ring8/<yyyyMMdd-HHmmss>-s1/
            Optional.empty(), // or an exact run directory (--run-dir)
            Optional.empty()); // or a --data-dir
    RunResult result = runner.run(request);
    System.out.printf(
        "%d steps, %.1f ms/step, in %s%n", result.steps(), result.msPerStep(), result.runDir());
    // [END runner]
    return result;
  }

  /**
   * The same run through the command line's entry point, into exactly {@code runDir}: the arguments
   * are those of {@code ./ganlab run}. Returns the exit status (0 on success).
   */
  public static int runFromCommandLine(long steps, Path runDir) {
    // [START cli]
    String experiment = HingeRingExperiment.class.getName();
    String[] args = {
      "run",
      experiment,
      "--steps",
      Long.toString(steps),
      "--seed",
      "1",
      "--set",
      "hidden_units=128",
      "--run-dir",
      runDir.toString()
    };
    int status = Main.execute(args);
    // [END cli]
    return status;
  }

  /**
   * Continues the run in {@code runDir} from its newest intact checkpoint, as {@code ganlab resume
   * RUN_DIR} does; a finished run is left as it is.
   */
  public static RunResult resume(Path runDir) {
    // [START resume]
    ExperimentRunner runner = new ExperimentRunner(new ExperimentRegistry(), System.out, false);
    RunResult resumed = runner.resume(runDir); // reads config.json, restores, trains the rest
    // [END resume]
    return resumed;
  }
}
