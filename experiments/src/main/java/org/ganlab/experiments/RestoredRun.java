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
   * delete the checkpoint a reader just chose (retention): the reader then takes the newest again
   * and says which one it used.
   */
  static void restore(OpenRun open, RunDirectory dir, Optional<Long> step, PrintStream out) {
    for (int attempt = 0; ; attempt++) {
      Path ckpt = checkpointAt(dir, step, out);
      try {
        open.trainer().restore(ckpt);
        if (attempt > 0) {
          out.println(
              "using checkpoint "
                  + ckpt.getFileName()
                  + " (the run being written"
                  + " replaced the one chosen first)");
        }
        return;
      } catch (RuntimeException e) {
        if (step.isPresent() || Files.exists(ckpt) || attempt >= 10) {
          throw e;
        }
      }
    }
  }

  /** The checkpoint directory at {@code step}, or the newest intact one (naming skipped ones). */
  private static Path checkpointAt(RunDirectory dir, Optional<Long> step, PrintStream out) {
    if (step.isPresent()) {
      Path p = dir.checkpoints().resolve(Checkpointer.dirName(step.get()));
      if (!Files.isDirectory(p)) {
        throw new ConfigException(
            "no checkpoint at step "
                + step.get()
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
    List<Path> listed = Checkpointer.list(dir.checkpoints());
    for (int attempt = 0; ; attempt++) {
      for (Path p : listed) {
        Optional<String> problem = Checkpointer.verify(p);
        if (problem.isEmpty()) {
          return p;
        }
        if (Files.exists(p)) {
          out.println("warning: skipping checkpoint " + p.getFileName() + ": " + problem.get());
        }
      }
      // A run being written may have replaced every listed checkpoint since the listing
      // (retention deletes the old one after writing the new): list again while it changes.
      List<Path> again = Checkpointer.list(dir.checkpoints());
      if (again.equals(listed) || attempt >= 10) {
        throw new ConfigException("no intact checkpoint in " + dir.checkpoints());
      }
      listed = again;
    }
  }

  @Override
  public void close() {
    open.close();
  }
}
