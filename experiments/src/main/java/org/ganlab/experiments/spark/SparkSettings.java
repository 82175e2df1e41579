package org.ganlab.experiments.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ganlab.experiments.bench.LaunchMode;

/**
 * How runs go through Spark: the master URL, the runs at once in local mode, and Spark properties
 * given on the command line ({@code --conf key=value}), which win over the defaults below.
 *
 * @param master {@code local[N]} (in this process) or any master URL Spark accepts
 * @param parallel runs at once in local mode
 * @param conf Spark properties to set
 * @param dataDir data files instead of the embedded copies, as a path every executor can read
 * @param launchMode where a task trains its run
 */
public record SparkSettings(
    String master,
    int parallel,
    Map<String, String> conf,
    Optional<String> dataDir,
    LaunchMode launchMode) {
  /** Copies the properties. */
  public SparkSettings {
    conf = Map.copyOf(conf);
  }

  /**
   * {@return settings for {@code local[parallel]}, or for {@code master} when given}
   *
   * @param master a master URL, or empty for local mode
   * @param parallel runs at once in local mode
   * @param conf Spark properties
   * @param dataDir data files instead of the embedded copies
   * @return the settings, with the launch mode {@link #defaultLaunchMode} picks
   */
  public static SparkSettings of(
      Optional<String> master, int parallel, Map<String, String> conf, Optional<String> dataDir) {
    String url = master.orElse("local[" + parallel + "]");
    return new SparkSettings(
        url, parallel, conf, dataDir, defaultLaunchMode(url.startsWith("local"), parallel));
  }

  /** {@return whether Spark runs inside this process} */
  public boolean local() {
    return master.startsWith("local");
  }

  /**
   * {@return where runs train by default: in this process one at a time, as child JVMs when several
   * run at once locally (one TensorFlow runtime each, as {@code bench --parallel} does), and inside
   * the executor on a cluster (one core per executor by default, so one run per executor JVM)}
   *
   * @param local whether the master is local
   * @param parallel runs at once in local mode
   */
  public static LaunchMode defaultLaunchMode(boolean local, int parallel) {
    return local && parallel > 1 ? LaunchMode.CHILD_JVM : LaunchMode.IN_PROCESS;
  }

  /**
   * {@return the Spark properties of a job: no web UI, a driver bound to loopback in local mode,
   * and on a cluster the driver's class path for the executors (a shared install: every machine
   * sees the same jars at the same paths), one core per executor and four attempts per task; then
   * {@link #conf}}
   *
   * @param appName the application's name in the master's UI
   * @param classPath the driver's class path
   */
  public Map<String, String> properties(String appName, String classPath) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("spark.master", master);
    p.put("spark.app.name", appName);
    p.put("spark.ui.enabled", "false");
    if (local()) {
      p.put("spark.driver.host", "127.0.0.1");
      p.put("spark.driver.bindAddress", "127.0.0.1");
    } else {
      p.put("spark.executor.extraClassPath", classPath);
      p.put("spark.executor.cores", "1");
      p.put("spark.task.maxFailures", "4");
    }
    p.putAll(conf);
    return p;
  }
}
