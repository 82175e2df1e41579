package org.ganlab.experiments.bench;

import java.io.PrintStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.ganlab.experiments.run.RunStatus;

/**
 * One run of a benchmark or sweep: a configuration, a seed and its run directory. {@link #complete}
 * decides what the directory needs when it executes, not when it was planned, so a task retried
 * after a lost worker resumes the run its first attempt left behind. Serializable (the directory as
 * text), so an engine may ship it to another machine that shares the directory.
 *
 * @param label how progress lines name it (e.g. {@code [bench 3/8] ring s1})
 * @param spec the configuration
 * @param seed the root seed
 * @param runDir the run directory, as a path on every machine that executes it
 */
public record RunTask(String label, RunSpec spec, long seed, String runDir)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The run directory. */
  public Path dir() {
    return Path.of(runDir);
  }

  /**
   * Whether the run needs no training: finished, or failed (a NaN is deterministic; rerunning would
   * fail again, so a failed run is kept until its directory is deleted).
   *
   * @param status the run's status.txt
   * @return true to reuse the run as it is
   */
  public static boolean reusable(String status) {
    return status.equals("finished") || status.startsWith("failed");
  }

  /**
   * Reuses, resumes (a config.json and any other status) or starts the run with {@code launcher}. A
   * run that fails is reported in the outcome, not thrown: retrying it would fail again.
   *
   * @param launcher what trains the run
   * @param out where the progress line goes
   * @return what happened; its status is status.txt's after the attempt
   */
  public RunOutcome complete(RunLauncher launcher, PrintStream out) {
    Path dir = dir();
    String before = RunStatus.read(dir);
    if (reusable(before)) {
      return new RunOutcome(runDir, RunOutcome.Action.REUSED, before, "");
    }
    boolean exists = Files.isRegularFile(dir.resolve("config.json"));
    out.printf("%s: %s %s%n", label, exists ? "resuming" : "running", dir);
    RunOutcome.Action action = exists ? RunOutcome.Action.RESUMED : RunOutcome.Action.STARTED;
    try {
      launcher.launch(spec, seed, dir, exists);
      return new RunOutcome(runDir, action, RunStatus.read(dir), "");
    } catch (RuntimeException e) {
      String why = Objects.toString(e.getMessage(), e.toString());
      out.printf("%s failed: %s%n", label, why);
      return new RunOutcome(runDir, action, RunStatus.read(dir), why);
    }
  }
}
