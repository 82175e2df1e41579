package org.ganlab.experiments.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on 127.0.0.1 for tests: Spark's own Master and Workers, each a child
 * JVM with this JVM's class path, a throwaway SPARK_HOME (an empty {@code jars/}: executors get
 * their classes from {@code spark.executor.extraClassPath}) and SPARK_LOCAL_IP=127.0.0.1, so every
 * server, web UI and executor binds to loopback only. {@link #close} stops every process it started
 * (executors first), each wait bounded.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final Duration READY = Duration.ofSeconds(90);

  private final Path dir;
  private final int port;
  private final Process master;
  private final List<Process> workers = new ArrayList<>();
  private final List<Path> workerLogs = new ArrayList<>();

  private StandaloneCluster(Path dir, int port, Process master) {
    this.dir = dir;
    this.port = port;
    this.master = master;
  }

  /**
   * Starts a master and {@code n} one-core workers and waits (bounded) until every worker has
   * registered.
   */
  static StandaloneCluster start(Path dir, int n, String workerMemory) throws Exception {
    Files.createDirectories(dir.resolve("spark-home/jars"));
    Path log4j = dir.resolve("log4j2-cluster.properties");
    Files.writeString(
        log4j,
        String.join(
            "\n",
            "appender.file.type = Console",
            "appender.file.name = out",
            "appender.file.layout.type = PatternLayout",
            "appender.file.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n",
            "rootLogger.level = warn",
            "rootLogger.appenderRef.out.ref = out",
            "logger.deploy.name = org.apache.spark.deploy",
            "logger.deploy.level = info",
            ""));
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    StandaloneCluster c =
        new StandaloneCluster(
            dir,
            port,
            launch(
                dir,
                log4j,
                "master",
                List.of(
                    "org.apache.spark.deploy.master.Master",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    Integer.toString(port),
                    "--webui-port",
                    "0")));
    try {
      for (int i = 0; i < n; i++) {
        c.workers.add(
            launch(
                dir,
                log4j,
                "worker" + i,
                List.of(
                    "org.apache.spark.deploy.worker.Worker",
                    "--host",
                    "127.0.0.1",
                    "--webui-port",
                    "0",
                    "--cores",
                    "1",
                    "--memory",
                    workerMemory,
                    "--work-dir",
                    dir.resolve("work" + i).toString(),
                    c.masterUrl())));
        c.workerLogs.add(dir.resolve("worker" + i + ".log"));
      }
      for (Path log : c.workerLogs) {
        c.await(log, "Successfully registered with master");
      }
      return c;
    } catch (Exception | Error e) {
      c.close();
      throw e;
    }
  }

  /** {@return spark://127.0.0.1:PORT} */
  String masterUrl() {
    return "spark://127.0.0.1:" + port;
  }

  /**
   * {@return the live executor JVM that holds {@code file} open (read from /proc, so Linux only),
   * if any}
   *
   * @param file a file such as a run directory's {@code .lock}
   */
  Optional<ProcessHandle> executorHolding(Path file) throws IOException {
    Path real = file.toRealPath();
    for (Process w : workers) {
      for (ProcessHandle p : w.descendants().filter(ProcessHandle::isAlive).toList()) {
        Path fds = Path.of("/proc", Long.toString(p.pid()), "fd");
        try (Stream<Path> open = Files.list(fds)) {
          boolean holds =
              open.anyMatch(
                  fd -> {
                    try {
                      return Files.readSymbolicLink(fd).equals(real);
                    } catch (IOException e) {
                      return false;
                    }
                  });
          if (holds) {
            return Optional.of(p);
          }
        } catch (IOException e) {
          // The process ended while we looked.
        }
      }
    }
    return Optional.empty();
  }

  private static Process launch(Path dir, Path log4j, String name, List<String> mainAndArgs)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Small, quick-starting JVMs: the master and workers only pass messages.
    cmd.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    // The module openings this JVM got (Spark needs them on Java 17).
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens")
          || a.startsWith("-Djdk.reflect")
          || a.startsWith("-Dio.netty")) {
        cmd.add(a);
      }
    }
    cmd.add("-Dlog4j2.configurationFile=" + log4j);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.addAll(mainAndArgs);
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(name + ".log").toFile());
    pb.environment().put("SPARK_HOME", dir.resolve("spark-home").toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start();
  }

  private void await(Path log, String line) throws Exception {
    long end = System.nanoTime() + READY.toNanos();
    while (System.nanoTime() < end) {
      if (Files.exists(log) && Files.readString(log).contains(line)) {
        return;
      }
      if (!master.isAlive() || workers.stream().anyMatch(p -> !p.isAlive())) {
        throw new IllegalStateException("a cluster process died; see the logs in " + dir);
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("no '" + line + "' in " + log + " within " + READY);
  }

  @Override
  public void close() {
    List<ProcessHandle> all = new ArrayList<>();
    for (Process w : workers) {
      all.addAll(w.descendants().toList());
    }
    workers.forEach(w -> all.add(w.toHandle()));
    all.add(master.toHandle());
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle p : all) {
      try {
        p.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        p.destroyForcibly();
      }
    }
  }
}
