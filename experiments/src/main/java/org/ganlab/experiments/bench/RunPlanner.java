package org.ganlab.experiments.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.tf.Precision;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.run.RunStatus;

/**
 * Turns configurations and seeds into the runs that still need training, for {@code bench} and
 * {@code sweep} alike: every existing run directory is checked against its plan (refused when it
 * holds other settings), finished and failed runs are reused, and the rest become numbered tasks.
 */
public final class RunPlanner {
  private final ExperimentRegistry registry;
  private final RunSettingsCheck settings;
  private final PrintStream out;
  private final String owner;

  /**
   * @param registry resolves experiments for the settings check
   * @param out where the "reused" lines go
   * @param owner what the lines and errors call the plan ("bench", "sweep")
   */
  public RunPlanner(ExperimentRegistry registry, PrintStream out, String owner) {
    this.registry = registry;
    this.settings = new RunSettingsCheck(registry);
    this.out = out;
    this.owner = owner;
  }

  /**
   * The tasks of every run of {@code specs} x {@code seeds} that is not finished or failed, in that
   * order, labelled {@code [<owner> i/n] <id> s<seed>}.
   *
   * @param specs the configurations
   * @param seeds the seeds of each
   * @param layout where their run directories are
   * @param here whether the runs train on this machine: then a run whose precision this CPU cannot
   *     train is refused now, before the runs planned ahead of it take their hours
   * @return the runs to train or resume
   * @throws ConfigException naming the row, when {@code here} and its precision is unsupported
   */
  public List<RunTask> plan(
      List<RunSpec> specs, List<Long> seeds, BenchLayout layout, boolean here) {
    List<RunSpec> pendingSpecs = new ArrayList<>();
    List<Long> pendingSeeds = new ArrayList<>();
    for (RunSpec spec : specs) {
      for (long seed : seeds) {
        Path dir = layout.runDir(spec, seed);
        String plan = owner.equals("bench") ? "suite" : owner;
        settings.check(spec, seed, dir, plan, "the " + plan + "'s row '" + spec.id() + "'");
        String status = RunStatus.read(dir);
        if (RunTask.reusable(status)) {
          out.printf("[%s] %s s%d: %s, reused (%s)%n", owner, spec.id(), seed, status, dir);
          continue;
        }
        pendingSpecs.add(spec);
        pendingSeeds.add(seed);
      }
    }
    if (here) {
      pendingSpecs.stream().distinct().forEach(this::checkPrecision);
    }
    List<RunTask> tasks = new ArrayList<>();
    for (int i = 0; i < pendingSpecs.size(); i++) {
      RunSpec spec = pendingSpecs.get(i);
      long seed = pendingSeeds.get(i);
      String label =
          "[" + owner + " " + (i + 1) + "/" + pendingSpecs.size() + "] " + spec.id() + " s" + seed;
      // Absolute: an executor on another machine has another working directory.
      Path dir = layout.runDir(spec, seed).toAbsolutePath().normalize();
      tasks.add(new RunTask(label, spec, seed, dir.toString()));
    }
    return tasks;
  }

  /** Refuses a row whose precision this machine cannot train (bf16 without the instructions). */
  private void checkPrecision(RunSpec spec) {
    Object precision =
        spec.hyperparameters(registry.create(spec.experiment()).hyperparameters())
            .values()
            .get("precision");
    if (precision == null) {
      return;
    }
    try {
      Precision.parse(precision.toString()).checkSupported();
    } catch (IllegalStateException | IllegalArgumentException e) {
      String plan = owner.equals("bench") ? "suite" : owner;
      throw new ConfigException(
          "the "
              + plan
              + "'s row '"
              + spec.id()
              + "' sets precision="
              + precision
              + ", which this machine cannot train, so nothing was trained: "
              + e.getMessage());
    }
  }
}
