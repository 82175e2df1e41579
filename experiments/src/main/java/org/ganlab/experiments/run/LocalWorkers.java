package org.ganlab.experiments.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ganlab.core.parallel.WorkerCluster;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainingHook;

/**
 * Tasks 1 to N-1 of a data-parallel run on this machine, as child processes ({@code ganlab worker})
 * that this process (task 0) starts when training begins, from the step it starts at, and waits for
 * when training ends. Each writes only its log, {@code workers/task-I.log} in the run directory.
 * Closing stops any still running, so none outlives a failed run.
 *
 * <p>A worker that dies while training is watched for here too: an all-reduce notices a dead peer
 * at once only if a message was in flight, and otherwise waits out its deadline. If this process
 * has not failed on its own {@value #GRACE_SECONDS} s after a worker died, it writes status.txt
 * ({@code failed: worker task I of N exited ...}) and halts: its checkpoints and CSV rows are
 * already on disk, and {@code ganlab resume --workers N} continues from the newest checkpoint.
 */
public final class LocalWorkers implements TrainingHook, AutoCloseable {
  private final Path runDir;
  private final WorkerCluster cluster;
  private final List<Process> processes = new ArrayList<>();

  /** Seconds this process waits for its own error after a worker died, before it halts. */
  static final long GRACE_SECONDS = 10;

  private volatile boolean ending;
  private volatile long lastStep;

  /**
   * @param runDir the run directory task 0 writes
   * @param cluster the workers, this process being task 0
   */
  public LocalWorkers(Path runDir, WorkerCluster cluster) {
    if (cluster.task() != 0) {
      throw new IllegalArgumentException("local workers are started by task 0");
    }
    this.runDir = runDir;
    this.cluster = cluster;
  }

  /**
   * {@return a cluster of {@code n} workers on free ports of the loopback address, task 0 first}
   *
   * @param n the number of workers, at least 2
   */
  public static WorkerCluster loopback(int n) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      List<String> addresses = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        sockets.add(s);
        addresses.add("127.0.0.1:" + s.getLocalPort());
      }
      return new WorkerCluster(addresses, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find free ports for the workers", e);
    } finally {
      for (ServerSocket s : sockets) {
        try {
          s.close();
        } catch (IOException ignored) {
          // The port was only reserved to pick it.
        }
      }
    }
  }

  /**
   * {@return where task {@code task} (1 or later) of the run in {@code runDir} writes its log}
   *
   * @param runDir the run directory task 0 writes
   * @param task the worker's task
   */
  public static Path log(Path runDir, int task) {
    return runDir.resolve("workers").resolve("task-" + task + ".log");
  }

  /**
   * {@return the {@code ganlab worker} arguments of task {@code task} (1 or later)}
   *
   * @param runDir the run directory task 0 writes
   * @param cluster every worker's address, task 0 first, comma-separated
   * @param task the worker's task
   * @param fromStep the step task 0 starts from
   */
  public static List<String> workerArgs(Path runDir, String cluster, int task, long fromStep) {
    return List.of(
        "worker",
        "--run-dir",
        runDir.toString(),
        "--cluster",
        cluster,
        "--task",
        Integer.toString(task),
        "--from-step",
        Long.toString(fromStep));
  }

  @Override
  public void begin(GanTrainer<?> trainer) {
    try {
      Files.createDirectories(runDir.resolve("workers"));
      for (int task = 1; task < cluster.size(); task++) {
        List<String> args =
            workerArgs(runDir, String.join(",", cluster.addresses()), task, trainer.step());
        Process p =
            new ProcessBuilder(ChildJvm.ganlab(args))
                .redirectErrorStream(true)
                .redirectOutput(log(runDir, task).toFile())
                .start();
        processes.add(p);
        int t = task;
        p.onExit().thenAccept(exited -> watch(t, exited));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the workers of " + runDir, e);
    }
  }

  @Override
  public void afterStep(GanTrainer<?> trainer, StepRecord record, long nanos) {
    lastStep = record.step();
  }

  /** Called when worker {@code task} exits: a failure while training stops this run. */
  private void watch(int task, Process exited) {
    if (ending || exited.exitValue() == 0) {
      return;
    }
    Thread halt =
        new Thread(
            () -> {
              try {
                Thread.sleep(GRACE_SECONDS * 1000);
              } catch (InterruptedException e) {
                return;
              }
              if (ending) {
                return;
              }
              String status =
                  "failed: worker task "
                      + task
                      + " of "
                      + cluster.size()
                      + " exited with status "
                      + exited.exitValue()
                      + " after step "
                      + lastStep
                      + "; another worker stopped, so this run stops too. Start all workers again"
                      + " and resume from the last checkpoint: ganlab resume "
                      + runDir
                      + " --workers "
                      + cluster.size();
              RunStatus.write(runDir, status);
              System.err.println(status);
              Runtime.getRuntime().halt(1);
            },
            "worker-watch-" + task);
    halt.setDaemon(true);
    halt.start();
  }

  @Override
  public void end(GanTrainer<?> trainer) {
    ending = true;
    for (int i = 0; i < processes.size(); i++) {
      Process p = processes.get(i);
      try {
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
          throw new IllegalStateException(
              "worker task " + (i + 1) + " did not finish cleanly; see " + log(runDir, i + 1));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the workers", e);
      }
    }
  }

  @Override
  public void close() {
    ending = true;
    processes.forEach(Process::destroyForcibly);
  }
}
