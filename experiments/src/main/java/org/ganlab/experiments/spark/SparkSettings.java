package org.ganlab.experiments.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.ganlab.core.tf.OneDnn;
import org.ganlab.core.tf.Precision;
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
  /**
   * The environment variables TensorFlow reads when its library loads and that ganlab's launcher
   * sets: {@link OneDnn#ENVIRONMENT_VARIABLE} and the bf16 rewrite lists of {@link
   * Precision#bf16Environment()}.
   */
  public static final List<String> TENSORFLOW_ENVIRONMENT =
      Stream.concat(
              Stream.of(OneDnn.ENVIRONMENT_VARIABLE), Precision.bf16Environment().keySet().stream())
          .toList();

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
   * {@return {@link #properties(String, String, Map)} with this process's environment}
   *
   * @param appName the application's name in the master's UI
   * @param classPath the driver's class path
   */
  public Map<String, String> properties(String appName, String classPath) {
    return properties(appName, classPath, System.getenv());
  }

  /**
   * {@return the Spark properties of a job: no web UI, a driver bound to loopback in local mode,
   * and on a cluster the driver's class path for the executors (a shared install: every machine
   * sees the same jars at the same paths), one core per executor, four attempts per task and the
   * driver's values of the environment variables TensorFlow reads at start-up ({@link
   * #TENSORFLOW_ENVIRONMENT}) as executor environment; then {@link #conf}}
   *
   * <p>Executors are started by the cluster's workers with the workers' environment, not the
   * launcher's, so without them an executor would run TensorFlow's other CPU kernels (a different
   * summation order from the same run made locally) and refuse {@code precision=bf16}. Local mode
   * needs none: runs train in this process or in child JVMs, which inherit its environment.
   *
   * @param appName the application's name in the master's UI
   * @param classPath the driver's class path
   * @param environment the driver's environment variables
   */
  public Map<String, String> properties(
      String appName, String classPath, Map<String, String> environment) {
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
      for (String name : TENSORFLOW_ENVIRONMENT) {
        String value = environment.get(name);
        if (value != null) {
          p.put("spark.executorEnv." + name, value);
        }
      }
    }
    p.putAll(conf);
    return p;
  }
}
