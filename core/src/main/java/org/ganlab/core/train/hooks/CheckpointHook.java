package org.ganlab.core.train.hooks;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.ganlab.core.checkpoint.Checkpointer;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainingHook;

/**
 * Checkpoints with retention: a checkpoint {@code step-N/} every {@code every} steps, at the last
 * step and at every new best step of a {@link BestMetric}; afterwards the newest {@code keep}
 * intact checkpoints and the best are kept and the rest deleted.
 *
 * <p>A checkpoint that fails its manifest is never trusted: when the step to save already has a
 * damaged folder (a crash, a full disk, a truncated file), that folder is moved aside as {@code
 * step-N.damaged} and the checkpoint written again; damaged folders found while pruning are moved
 * aside too and never count towards {@code keep}. {@link #restoreNewest} does the same on resume.
 */
public final class CheckpointHook implements TrainingHook {
  private final Path dir;
  private final long every;
  private final long lastStep;
  private final int keep;
  private final BestMetric best;
  private final Consumer<String> log;
  private final LongConsumer onSaved;
  // Checkpoints this process wrote or verified: hashing them again at every save is wasted work.
  private final Set<Path> intact = new HashSet<>();

  /**
   * @param dir the checkpoints folder
   * @param every checkpoint interval in steps
   * @param lastStep the run's last step (always checkpointed)
   * @param keep how many of the newest intact checkpoints to keep ({@code >= 1})
   * @param best the metric whose best step is also checkpointed and kept, or null
   * @param log receives one line per event (written, moved aside, deleted)
   * @param onSaved called with the step once its checkpoint is complete (e.g. to record the best)
   */
  public CheckpointHook(
      Path dir,
      long every,
      long lastStep,
      int keep,
      BestMetric best,
      Consumer<String> log,
      LongConsumer onSaved) {
    if (every <= 0 || keep < 1) {
      throw new IllegalArgumentException(
          "checkpoint interval and keep must be positive, got " + every + " and " + keep);
    }
    this.dir = dir;
    this.every = every;
    this.lastStep = lastStep;
    this.keep = keep;
    this.best = best;
    this.log = log;
    this.onSaved = onSaved;
  }

  @Override
  public void begin(GanTrainer<?> trainer) {
    if (best != null && best.isBest(trainer.step())) {
      save(trainer);
    }
  }

  @Override
  public void afterStep(GanTrainer<?> trainer, StepRecord record, long nanos) {
    long s = record.step();
    if (s % every == 0 || s == lastStep || (best != null && best.isBest(s))) {
      save(trainer);
    }
  }

  /**
   * Writes the checkpoint of the trainer's step unless an intact one is there (a crash after it and
   * before the next gives the same state), then prunes.
   *
   * @param trainer the trainer whose variables are saved
   */
  public void save(GanTrainer<?> trainer) {
    Path target = dir.resolve(Checkpointer.dirName(trainer.step()));
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
    }
    if (Files.exists(target) && !isIntact(target)) {
      moveAside(target, Checkpointer.verify(target).orElse("damaged"));
    }
    if (!Files.exists(target)) {
      trainer.save(target);
      intact.add(target);
      log.accept("checkpoint " + target.getFileName());
    }
    onSaved.accept(trainer.step());
    prune();
  }

  /**
   * Restores the newest intact checkpoint, moving damaged ones aside (each named in the log).
   *
   * @param trainer the trainer to restore
   * @return the restored checkpoint, or empty if there is none (the trainer is unchanged)
   */
  public Optional<Path> restoreNewest(GanTrainer<?> trainer) {
    return restoreNewest(trainer, Long.MAX_VALUE);
  }

  /**
   * Restores the newest intact checkpoint at or before {@code maxStep} (e.g. the last step the
   * run's logs reach), moving damaged ones aside and naming newer ones it passes over.
   *
   * @param trainer the trainer to restore
   * @param maxStep the newest step allowed
   * @return the restored checkpoint, or empty if there is none (the trainer is unchanged)
   */
  public Optional<Path> restoreNewest(GanTrainer<?> trainer, long maxStep) {
    for (Path ckpt : Checkpointer.list(dir)) {
      if (Checkpointer.stepOf(ckpt) > maxStep) {
        log.accept(
            "warning: passing over "
                + ckpt.getFileName()
                + ": the run's logs reach only"
                + " step "
                + maxStep);
        continue;
      }
      if (isIntact(ckpt)) {
        trainer.restore(ckpt);
        return Optional.of(ckpt);
      }
      moveAside(ckpt, Checkpointer.verify(ckpt).orElse("damaged"));
    }
    return Optional.empty();
  }

  private void prune() {
    // Every save of this writer is complete here, so a temporary folder is a crashed process's.
    for (Path leftover : Checkpointer.temporaries(dir)) {
      delete(leftover);
      log.accept("removed " + leftover.getFileName() + ", left by an interrupted run");
    }
    List<Path> all = Checkpointer.list(dir);
    int kept = 0;
    for (Path p : all) {
      if (!isIntact(p)) {
        moveAside(p, Checkpointer.verify(p).orElse("damaged"));
      } else if (kept < keep) {
        kept++;
      } else if (best == null || !best.isBest(Checkpointer.stepOf(p))) {
        // Renamed out of the listing first, so a reader of the live run never lists it half
        // deleted (a crash in between leaves a temporary folder, which the next prune removes).
        Path doomed = Checkpointer.temporary(p);
        try {
          Files.move(p, doomed);
        } catch (IOException e) {
          throw new UncheckedIOException(
              "cannot delete old checkpoint " + p + ": " + e.getMessage(), e);
        }
        delete(doomed);
        intact.remove(p);
      }
    }
  }

  private static void delete(Path folder) {
    try {
      MoreFiles.deleteRecursively(folder, RecursiveDeleteOption.ALLOW_INSECURE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + folder + ": " + e.getMessage(), e);
    }
  }

  private boolean isIntact(Path ckpt) {
    if (intact.contains(ckpt)) {
      return true;
    }
    if (Checkpointer.verify(ckpt).isEmpty()) {
      intact.add(ckpt);
      return true;
    }
    return false;
  }

  private void moveAside(Path ckpt, String problem) {
    intact.remove(ckpt);
    Path aside = ckpt.resolveSibling(ckpt.getFileName() + ".damaged");
    for (int i = 2; Files.exists(aside); i++) {
      aside = ckpt.resolveSibling(ckpt.getFileName() + ".damaged-" + i);
    }
    try {
      Files.move(ckpt, aside);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot move damaged checkpoint " + ckpt + " aside: " + e.getMessage(), e);
    }
    log.accept(
        "warning: checkpoint "
            + ckpt.getFileName()
            + " is damaged ("
            + problem
            + "); moved aside to "
            + aside.getFileName());
  }
}
