package org.ganlab.experiments;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ganlab.core.checkpoint.Checkpointer;
import org.ganlab.experiments.run.RunDirectory;

/**
 * A run directory's trainer, re-resolved from its config.json and restored at one of its
 * checkpoints: what the commands that read a run (sample, eval, memorization, anomaly scores) start
 * from. Closing it closes the trainer.
 *
 * @param dir the run directory
 * @param run the experiment, context, setup and evaluator factory of the run
 * @param open the trainer, restored, and its view
 */
public record RestoredRun(RunDirectory dir, ResolvedRun run, OpenRun open)
    implements AutoCloseable {

  /**
   * Opens the run in {@code runDir} at the checkpoint of {@code step}, or its newest intact one.
   *
   * @param runDir a run directory (with config.json)
   * @param step the checkpoint's step, or empty for the newest intact one
   * @param registry resolves the run's experiment
   * @param out where skipped or replaced checkpoints are reported
   * @return the restored run (the caller closes it)
   * @throws ConfigException if the directory is not a run or has no such (intact) checkpoint
   */
  public static RestoredRun open(
      Path runDir, Optional<Long> step, ExperimentRegistry registry, PrintStream out) {
    RunDirectory dir = existing(new RunDirectory(runDir));
    ResolvedRun run = ResolvedRun.load(dir.config(), registry);
    OpenRun open = run.setup().open();
    try {
      restore(open, dir, step, out);
      return new RestoredRun(dir, run, open);
    } catch (RuntimeException e) {
      open.close();
      throw e;
    }
  }

  /** The directory, checked to be a run directory. */
  static RunDirectory existing(RunDirectory dir) {
    if (!Files.isRegularFile(dir.config())) {
      throw new ConfigException(dir.root() + " is not a run directory (no config.json)");
    }
    return dir;
  }

  /**
   * Restores the checkpoint at {@code step}, or the newest intact one. A run being written may
   * delete what a reader listed (retention removes the old checkpoint after writing the new),
   * before the reader has verified or restored it: the reader then lists again, at most ten times,
   * and says which checkpoint it used.
   */
  static void restore(OpenRun open, RunDirectory dir, Optional<Long> step, PrintStream out) {
    if (step.isPresent()) {
      open.trainer().restore(checkpointAt(dir, step.get()));
      return;
    }
    for (int attempt = 0; ; attempt++) {
      List<Path> listed = Checkpointer.list(dir.checkpoints());
      try {
        Path ckpt = newestIntact(dir, listed, out);
        open.trainer().restore(ckpt);
        if (attempt > 0) {
          out.println(
              "using checkpoint "
                  + ckpt.getFileName()
                  + " (the run being written replaced the one chosen first)");
        }
        return;
      } catch (RuntimeException e) {
        // Only retention's deletions are worth another listing; anything else is the error.
        if (attempt >= 10 || listed.stream().allMatch(Files::exists)) {
          throw e;
        }
      }
    }
  }

  /** The checkpoint directory at {@code step}, checked to be intact. */
  private static Path checkpointAt(RunDirectory dir, long step) {
    Path p = dir.checkpoints().resolve(Checkpointer.dirName(step));
    if (!Files.isDirectory(p)) {
      throw new ConfigException(
          "no checkpoint at step "
              + step
              + " in "
              + dir.checkpoints()
              + "; there are: "
              + Checkpointer.list(dir.checkpoints()).stream()
                  .map(c -> Long.toString(Checkpointer.stepOf(c)))
                  .toList());
    }
    Optional<String> problem = Checkpointer.verify(p);
    if (problem.isPresent()) {
      throw new ConfigException("checkpoint " + p + " is damaged: " + problem.get());
    }
    return p;
  }

  /**
   * The newest intact checkpoint of {@code listed}, warning about each damaged one it skips (one
   * that retention removed meanwhile is not damaged, and is passed over silently).
   */
  private static Path newestIntact(RunDirectory dir, List<Path> listed, PrintStream out) {
    for (Path p : listed) {
      Optional<String> problem = Checkpointer.verify(p);
      if (problem.isEmpty()) {
        return p;
      }
      if (Files.exists(p)) {
        out.println("warning: skipping checkpoint " + p.getFileName() + ": " + problem.get());
      }
    }
    throw new ConfigException("no intact checkpoint in " + dir.checkpoints());
  }

  @Override
  public void close() {
    open.close();
  }
}
