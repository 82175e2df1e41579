package org.ganlab.experiments.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.ganlab.experiments.ExperimentRegistry;

/**
 * Runs a suite's configurations for each seed into a benchmark directory, then writes its table. A
 * run that finished before is reused and an unfinished one resumed, so an interrupted benchmark
 * continues where it stopped; a run directory made with other settings is refused rather than
 * silently mixed in.
 */
public final class BenchRunner {
  private final ExperimentRegistry registry;
  private final PrintStream out;

  /**
   * @param out where progress lines go
   */
  public BenchRunner(ExperimentRegistry registry, PrintStream out) {
    this.registry = registry;
    this.out = out;
  }

  /**
   * Brings every run of {@code suite} for {@code seeds} to completion with {@code launcher} ({@code
   * parallel} at a time), then writes table.md and table.csv.
   *
   * @param command the command line that reproduces this benchmark, for the table
   * @return the table; its rows name runs that failed
   */
  public BenchTable run(
      BenchSuite suite,
      List<Long> seeds,
      BenchLayout layout,
      RunLauncher launcher,
      int parallel,
      String command) {
    return run(suite, seeds, layout, new LocalRunEngine(launcher, parallel, out), command);
  }

  /**
   * Brings every run of {@code suite} for {@code seeds} to completion with {@code engine}, then
   * writes table.md and table.csv.
   *
   * @param command the command line that reproduces this benchmark, for the table
   * @return the table; its rows name runs that failed
   */
  public BenchTable run(
      BenchSuite suite, List<Long> seeds, BenchLayout layout, RunEngine engine, String command) {
    List<RunTask> tasks =
        new RunPlanner(registry, out, "bench")
            .plan(suite.runs(), seeds, layout, engine.trainsOnThisMachine());
    Map<Path, String> failures = new ConcurrentHashMap<>();
    List<RunOutcome> outcomes = engine.complete(tasks);
    for (int i = 0; i < tasks.size(); i++) {
      if (outcomes.get(i).failed()) {
        // Keyed by the layout's path, as the table looks runs up.
        RunTask t = tasks.get(i);
        failures.put(layout.runDir(t.spec(), t.seed()), outcomes.get(i).failure());
      }
    }
    Map<String, Map<Long, Map<String, Number>>> references = new TreeMap<>();
    for (ReferenceRow r : suite.references()) {
      Map<Long, Map<String, Number>> bySeed = new TreeMap<>();
      for (long seed : seeds) {
        out.printf("[bench] reference row '%s' seed %d%n", r.label(), seed);
        bySeed.put(seed, r.compute(seed, layout));
      }
      references.put(r.label(), bySeed);
    }
    BenchTable table = BenchTable.build(suite, seeds, layout, references, failures);
    new BenchReport(suite, table, layout, command).write();
    return table;
  }
}
