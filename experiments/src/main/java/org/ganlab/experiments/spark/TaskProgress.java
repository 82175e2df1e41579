package org.ganlab.experiments.spark;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Progress lines on the driver: each run's task as it ends, and every lost executor or failed
 * attempt (which Spark retries, up to {@code spark.task.maxFailures}).
 */
final class TaskProgress extends SparkListener {
  private final PrintStream out;
  private final String owner;
  private final int total;
  private final AtomicInteger done = new AtomicInteger();

  /**
   * @param out where the lines go
   * @param owner their tag ("sweep", "bench")
   * @param total the job's tasks, one per run in the planner's order
   */
  TaskProgress(PrintStream out, String owner, int total) {
    this.out = out;
    this.owner = owner;
    this.total = total;
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    var info = end.taskInfo();
    if (end.reason() == Success$.MODULE$) {
      // Task i is the planner's run i + 1: the number its "running" line showed.
      out.printf(
          "[%s %d/%d] done on executor %s; %d of %d finished%n",
          owner, info.index() + 1, total, info.executorId(), done.incrementAndGet(), total);
    } else {
      out.printf(
          "[%s %d/%d] attempt %d on executor %s ended: %s%n",
          owner, info.index() + 1, total, info.attemptNumber(), info.executorId(), end.reason());
    }
  }

  @Override
  public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
    out.printf("[%s] executor %s lost: %s%n", owner, removed.executorId(), removed.reason());
  }
}
