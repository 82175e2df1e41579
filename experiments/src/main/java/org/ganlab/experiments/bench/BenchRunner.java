package org.ganlab.experiments.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.run.RunStatus;

/**
 * Runs a suite's configurations for each seed into a benchmark directory, then writes its table. A
 * run that finished before is reused and an unfinished one resumed, so an interrupted benchmark
 * continues where it stopped; a run directory made with other settings is refused rather than
 * silently mixed in.
 */
public final class BenchRunner {
  private static final ObjectMapper JSON = new ObjectMapper();

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
    List<Runnable> tasks = new ArrayList<>();
    Map<Path, String> failures = new ConcurrentHashMap<>();
    AtomicInteger started = new AtomicInteger();
    int total = suite.runs().size() * seeds.size();
    for (RunSpec spec : suite.runs()) {
      for (long seed : seeds) {
        Path dir = layout.runDir(spec, seed);
        String status = RunStatus.read(dir);
        boolean exists = Files.isRegularFile(dir.resolve("config.json"));
        if (exists) {
          checkSameSettings(spec, seed, dir);
        }
        String name = spec.id() + " s" + seed;
        if (status.equals("finished") || status.startsWith("failed")) {
          out.printf("[bench] %s: %s, reused (%s)%n", name, status, dir);
          continue;
        }
        tasks.add(
            () -> {
              out.printf(
                  "[bench %d/%d] %s: %s %s%n",
                  started.incrementAndGet(), total, name, exists ? "resuming" : "running", dir);
              try {
                launcher.launch(spec, seed, dir, exists);
              } catch (RuntimeException e) {
                failures.put(dir, Objects.toString(e.getMessage(), e.toString()));
                out.printf("[bench] %s failed: %s%n", name, e.getMessage());
              }
            });
      }
    }
    execute(tasks, parallel);
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

  private static void execute(List<Runnable> tasks, int parallel) {
    if (parallel <= 1) {
      tasks.forEach(Runnable::run);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Runnable t : tasks) {
        futures.add(pool.submit(t));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("benchmark task failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Refuses a run directory whose config.json differs from the suite's configuration (another suite
   * version, another --quick, a hand-made run): its numbers would not be the row's.
   */
  private void checkSameSettings(RunSpec spec, long seed, Path dir) {
    Path config = dir.resolve("config.json");
    JsonNode cfg;
    try {
      cfg = JSON.readTree(config.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + config + ": " + e.getMessage(), e);
    }
    Experiment experiment = registry.create(spec.experiment());
    Hyperparameters hp =
        experiment
            .hyperparameters()
            .with("steps", Long.toString(spec.steps()))
            .withAssignments(spec.assignments());
    List<String> diffs = new ArrayList<>();
    if (!cfg.path("experiment").asText().equals(experiment.name())) {
      diffs.add(
          "experiment = " + cfg.path("experiment").asText() + ", suite wants " + experiment.name());
    }
    JsonNode have = cfg.path("hyperparameters");
    Map<String, Object> defaults = experiment.hyperparameters().values();
    hp.values()
        .forEach(
            (k, v) -> {
              JsonNode h = have.get(k);
              // A key added after the run was made is the same setting if the suite keeps its
              // default:
              // new keys default to the old behaviour.
              if (h == null && v.equals(defaults.get(k))) {
                return;
              }
              if (h == null || !h.asText().equals(String.valueOf(v))) {
                diffs.add(k + " = " + (h == null ? "(absent)" : h.asText()) + ", suite wants " + v);
              }
            });
    if (cfg.path("seed").asLong() != seed) {
      diffs.add("seed = " + cfg.path("seed").asText() + ", suite wants " + seed);
    }
    if (!diffs.isEmpty()) {
      throw new ConfigException(
          config
              + " holds a run with other settings than the suite's"
              + " row '"
              + spec.id()
              + "' ("
              + String.join("; ", diffs)
              + "); move it away or use"
              + " another --out");
    }
  }
}
