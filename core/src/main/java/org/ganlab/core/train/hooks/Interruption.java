package org.ganlab.core.train.hooks;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainingHook;

/**
 * Turns Ctrl-C and SIGTERM into a clean stop: the JVM's shutdown hook asks the training thread to
 * stop after the step (and any checkpoint) in progress, by throwing {@link Stop} from {@link
 * #afterStep}, and waits for the caller to record how the run ended ({@link #recorded}), so no
 * temporary checkpoint folder is left. Put it first among the hooks. If the training thread does
 * not answer within the grace period (a long evaluation), the shutdown hook runs {@code fallback}
 * itself. Close it when training ends, to remove the shutdown hook.
 */
public final class Interruption implements TrainingHook, AutoCloseable {
  /** Thrown on the training thread when a stop was requested. */
  public static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop(long step) {
      super("interrupted after step " + step);
    }
  }

  private final Thread hook;
  private final CountDownLatch recorded = new CountDownLatch(1);
  private volatile boolean requested;

  /**
   * Installs the shutdown hook.
   *
   * @param graceSeconds how long the shutdown hook waits for the training thread
   * @param fallback what the shutdown hook does itself when the training thread does not answer
   */
  public Interruption(long graceSeconds, Runnable fallback) {
    this.hook =
        new Thread(
            () -> {
              requested = true;
              try {
                if (!recorded.await(graceSeconds, TimeUnit.SECONDS)) {
                  fallback.run();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "ganlab-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** {@return whether a stop was requested} */
  public boolean requested() {
    return requested;
  }

  @Override
  public void afterStep(GanTrainer<?> trainer, StepRecord record, long nanos) {
    if (requested) {
      throw new Stop(record.step());
    }
  }

  /** Tells the waiting shutdown hook that the run's end is recorded. */
  public void recorded() {
    recorded.countDown();
  }

  /** Removes the shutdown hook (unless the JVM is already shutting down) and releases it. */
  @Override
  public void close() {
    recorded.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // shutting down: the hook is running
    }
  }
}
