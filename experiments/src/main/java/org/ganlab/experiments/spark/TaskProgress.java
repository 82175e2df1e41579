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
  private final int total;
  private final AtomicInteger done = new AtomicInteger();

  TaskProgress(PrintStream out, int total) {
    this.out = out;
    this.total = total;
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    var info = end.taskInfo();
    if (end.reason() == Success$.MODULE$) {
      out.printf(
          "[sweep] task %d done on executor %s (%d/%d)%n",
          info.index(), info.executorId(), done.incrementAndGet(), total);
    } else {
      out.printf(
          "[sweep] task %d attempt %d on executor %s ended: %s%n",
          info.index(), info.attemptNumber(), info.executorId(), end.reason());
    }
  }

  @Override
  public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
    out.printf("[sweep] executor %s lost: %s%n", removed.executorId(), removed.reason());
  }
}
