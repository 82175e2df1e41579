package org.ganlab.experiments.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Completes runs on {@code parallel} threads of this process, each through one launcher. */
public final class LocalRunEngine implements RunEngine {
  private final RunLauncher launcher;
  private final int parallel;
  private final PrintStream out;

  /**
   * @param launcher trains each run (in this process, or as a child process when {@code parallel >
   *     1})
   * @param parallel runs at once
   * @param out where progress lines go
   */
  public LocalRunEngine(RunLauncher launcher, int parallel, PrintStream out) {
    this.launcher = launcher;
    this.parallel = parallel;
    this.out = out;
  }

  @Override
  public List<RunOutcome> complete(List<RunTask> tasks) {
    if (parallel <= 1) {
      return tasks.stream().map(t -> t.complete(launcher, out)).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try {
      List<Future<RunOutcome>> futures = new ArrayList<>();
      for (RunTask t : tasks) {
        futures.add(pool.submit(() -> t.complete(launcher, out)));
      }
      List<RunOutcome> outcomes = new ArrayList<>();
      for (Future<RunOutcome> f : futures) {
        outcomes.add(f.get());
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("runs interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a run task failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
