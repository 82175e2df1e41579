package org.ganlab.experiments.spark;

import java.io.PrintStream;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.ganlab.experiments.bench.RunEngine;
import org.ganlab.experiments.bench.RunOutcome;
import org.ganlab.experiments.bench.RunTask;

/**
 * Completes runs as one Spark job, one run per task ({@link LaunchOnExecutor}). The driver collects
 * only the outcomes (run directory, action, status); the numbers stay in the run directories on the
 * shared {@code --out} path. The Spark context lives for one {@link #complete} call and is started
 * only then, so commands that train nothing never load Spark.
 */
public final class SparkRunEngine implements RunEngine {
  private final SparkSettings settings;
  private final String owner;
  private final PrintStream out;

  /**
   * @param settings master, parallelism and properties
   * @param owner the command whose runs these are ("sweep", "bench"): the progress lines' tag and
   *     the application's name ({@code ganlab <owner>}) in the master's UI
   * @param out where progress lines go
   */
  public SparkRunEngine(SparkSettings settings, String owner, PrintStream out) {
    this.settings = settings;
    this.owner = owner;
    this.out = out;
  }

  @Override
  public boolean trainsOnThisMachine() {
    return settings.local();
  }

  @Override
  public List<RunOutcome> complete(List<RunTask> tasks) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    SparkConf conf = new SparkConf(false);
    settings
        .properties("ganlab " + owner, System.getProperty("java.class.path"))
        .forEach(conf::set);
    out.printf(
        "[%s] %d runs on Spark master %s (%s)%n",
        owner, tasks.size(), settings.master(), settings.launchMode());
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      sc.sc().addSparkListener(new TaskProgress(out, owner, tasks.size()));
      LaunchOnExecutor body =
          new LaunchOnExecutor(settings.launchMode(), settings.dataDir().orElse(null));
      // One partition per run: each run is its own task, retried on its own.
      return sc.parallelize(tasks, tasks.size()).map(body).collect();
    }
  }
}
