package org.ganlab.experiments.sweep;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.bench.BenchLayout;
import org.ganlab.experiments.bench.RunEngine;
import org.ganlab.experiments.bench.RunOutcome;
import org.ganlab.experiments.bench.RunPlanner;
import org.ganlab.experiments.bench.RunSpec;
import org.ganlab.experiments.bench.RunTask;

/**
 * Runs a sweep: its trials for every seed into {@code runs/<trial>/s<seed>} (finished runs reused,
 * unfinished ones resumed, directories with other settings refused, exactly as {@code bench} does),
 * then writes the ranked table and plots from the run directories.
 */
public final class SweepRunner {
  private final ExperimentRegistry registry;
  private final PrintStream out;

  /**
   * @param registry resolves the sweep's experiment
   * @param out where progress lines go
   */
  public SweepRunner(ExperimentRegistry registry, PrintStream out) {
    this.registry = registry;
    this.out = out;
  }

  /**
   * {@return the sweep's trials, each checked against the experiment's keys}
   *
   * @param sweep the sweep
   * @throws ConfigException naming the file and the trial whose values the experiment refuses
   */
  public List<Trial> trials(SweepFile sweep) {
    Hyperparameters hp = registry.create(sweep.experiment()).hyperparameters();
    List<Trial> trials = new TrialGenerator(hp).trials(sweep);
    for (Trial t : trials) {
      try {
        t.spec().hyperparameters(hp);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(sweep.file() + ": trial " + t.id() + ": " + e.getMessage());
      }
    }
    return trials;
  }

  /**
   * Brings every run of the sweep to completion with {@code engine} (not called when every run is
   * reused), then writes table.md, table.csv, the plots and a copy of the sweep file.
   *
   * @param sweep the sweep
   * @param layout its output directory
   * @param engine what trains the runs
   * @param command the command line that reproduces the sweep, for the table
   * @return the table
   */
  public SweepTable run(SweepFile sweep, BenchLayout layout, RunEngine engine, String command) {
    List<Trial> trials = trials(sweep);
    List<RunSpec> specs = trials.stream().map(Trial::spec).toList();
    out.printf(
        "[sweep] %s: %d trials x %d seeds in %s%n",
        sweep.name(), trials.size(), sweep.seeds().size(), layout.root());
    List<RunTask> tasks =
        new RunPlanner(registry, out, "sweep")
            .plan(specs, sweep.seeds(), layout, engine.trainsOnThisMachine());
    if (!tasks.isEmpty()) {
      for (RunOutcome o : engine.complete(tasks)) {
        if (o.failed()) {
          out.printf("[sweep] %s failed: %s%n", o.runDir(), o.failure());
        }
      }
    }
    SweepTable table = SweepTable.read(sweep, trials, layout);
    try {
      Files.createDirectories(layout.root());
      AtomicFiles.write(layout.root().resolve("sweep.json"), Files.readAllBytes(sweep.file()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + sweep.file() + ": " + e.getMessage(), e);
    }
    new SweepReport(table, layout, command).write();
    return table;
  }
}
