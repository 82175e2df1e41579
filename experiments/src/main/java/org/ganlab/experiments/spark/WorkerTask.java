package org.ganlab.experiments.spark;

import java.io.IOException;
import java.io.Serializable;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.BarrierTaskContext;
import org.ganlab.experiments.run.ChildJvm;
import org.ganlab.experiments.run.LocalWorkers;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/**
 * One task of the barrier stage that launches a data-parallel run (the TensorFlowOnSpark pattern):
 * it picks a free port where it runs, the stage exchanges every task's address, then task 0 starts
 * {@code ganlab run ... --cluster ... --task 0} and the others {@code ganlab worker}, each as a
 * child JVM (a TensorFlow server ends only with its process). A barrier stage schedules all its
 * tasks at once or none.
 */
final class WorkerTask extends AbstractFunction1<Iterator<Integer>, Iterator<String>>
    implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<String> runArgs;
  private final String runDir;
  private final boolean loopback;

  /**
   * @param runArgs task 0's command ({@code run EXPERIMENT --seed ...}) without the cluster options
   * @param runDir the run directory, on a path every executor shares
   * @param loopback whether the tasks run on this machine (local master): listen on 127.0.0.1
   */
  WorkerTask(List<String> runArgs, String runDir, boolean loopback) {
    this.runArgs = List.copyOf(runArgs);
    this.runDir = runDir;
    this.loopback = loopback;
  }

  @Override
  public Iterator<String> apply(Iterator<Integer> partition) {
    try {
      return scala.collection.Iterator$.MODULE$.single(launch());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while training", e);
    }
  }

  private String launch() throws IOException, InterruptedException {
    BarrierTaskContext ctx = BarrierTaskContext.get();
    int task = ctx.partitionId();
    String host = loopback ? "127.0.0.1" : InetAddress.getLocalHost().getHostAddress();
    String cluster = String.join(",", ctx.allGather(host + ":" + freePort(host)));
    Path dir = Path.of(runDir);
    Files.createDirectories(dir.resolve("workers"));
    List<String> args = new ArrayList<>();
    Path log;
    if (task == 0) {
      args.addAll(runArgs);
      args.addAll(List.of("--cluster", cluster, "--task", "0", "--run-dir", runDir));
      log = dir.resolveSibling(dir.getFileName() + ".log");
    } else {
      args.addAll(LocalWorkers.workerArgs(dir, cluster, task, 0));
      log = LocalWorkers.log(dir, task);
    }
    Process p =
        new ProcessBuilder(ChildJvm.ganlab(args))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      int code = p.waitFor();
      if (code != 0) {
        throw new IllegalStateException(
            "task " + task + " of " + cluster + " exited with status " + code + "; see " + log);
      }
    } finally {
      p.destroyForcibly();
    }
    return "task " + task + " finished";
  }

  private static int freePort(String host) throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(host))) {
      return s.getLocalPort();
    }
  }
}
