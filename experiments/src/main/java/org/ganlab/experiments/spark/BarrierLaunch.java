package org.ganlab.experiments.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import scala.reflect.ClassTag$;

/**
 * Launches the workers of one data-parallel run as a Spark barrier stage ({@code ganlab run
 * EXPERIMENT --workers N --master URL}): N tasks scheduled together, which exchange their addresses
 * and start task 0 and the workers ({@link WorkerTask}). The run directory must be on a path every
 * executor shares.
 */
public final class BarrierLaunch {
  private final SparkSettings settings;
  private final PrintStream out;

  /**
   * @param settings master and properties (one attempt per task is set: a failed worker fails the
   *     run, which is then resumed, rather than retried into a directory that already holds it)
   * @param out where progress lines go
   */
  public BarrierLaunch(SparkSettings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  /**
   * Trains the run with {@code workers} tasks and returns when all have finished.
   *
   * @param runArgs task 0's command ({@code run EXPERIMENT --seed ...}) without cluster options
   * @param runDir the run directory
   * @param workers the number of workers, at least 2
   */
  public void train(List<String> runArgs, Path runDir, int workers) {
    SparkConf conf = new SparkConf(false);
    settings.properties("ganlab run", System.getProperty("java.class.path")).forEach(conf::set);
    conf.set("spark.task.maxFailures", "1");
    out.printf(
        "[run] %d workers as a barrier stage on Spark master %s%n", workers, settings.master());
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      List<String> done =
          sc.parallelize(IntStream.range(0, workers).boxed().toList(), workers)
              .rdd()
              .barrier()
              .mapPartitions(
                  new WorkerTask(runArgs, runDir.toAbsolutePath().toString(), settings.local()),
                  false,
                  ClassTag$.MODULE$.apply(String.class))
              .toJavaRDD()
              .collect();
      done.forEach(line -> out.println("[run] " + line));
    }
  }
}
