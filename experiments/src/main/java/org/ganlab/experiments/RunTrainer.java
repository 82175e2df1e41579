package org.ganlab.experiments;

import java.nio.file.Path;
import java.util.List;
import org.ganlab.core.train.StepRecord;
import org.ganlab.experiments.run.ImageGrid;

/**
 * What {@link ExperimentRunner} drives: one trainer behind the run-directory contract (steps with
 * a {@link StepRecord}, a sample picture, checkpoints). {@code GanTrainer} and {@code
 * CycleGanTrainer} are adapted to it ({@link GanRunTrainer}, {@link CycleGanRunTrainer}, which
 * share {@link SessionRunTrainer}); another kind of trainer needs only another adapter and a
 * {@link RunSetup} that opens it.
 */
public interface RunTrainer extends AutoCloseable {
  /** Called after every step. */
  @FunctionalInterface
  interface StepListener {
    /**
     * @param trainer the trainer, for samples and checkpoints
     * @param record the step's deterministic values
     * @param nanos wall-clock duration of the step
     */
    void afterStep(RunTrainer trainer, StepRecord record, long nanos);
  }

  /** Generator updates done so far. */
  long step();

  /**
   * The metrics.csv columns after the seven every trainer has ({@code step, d_loss, g_loss, d_x,
   * d_g_z, d_grad_norm, g_grad_norm}): the loss's discriminator terms, then its generator terms.
   */
  List<String> termColumns();

  /** Runs {@code steps} more steps, calling {@code listener} after each. */
  void train(long steps, StepListener listener);

  /**
   * The sample picture of the current weights from fixed inputs (the same at every step, so
   * pictures show how the model evolves).
   *
   * @param n how many samples (images in a grid, points in a scatter plot, rows of translations)
   * @param labels requested classes of a conditional model (length n), or null for the default
   *     (one class per grid row)
   */
  ImageGrid.Tiled samples(int n, int[] labels);

  /** Writes a checkpoint directory. */
  void save(Path dir);

  /** Restores a checkpoint directory (weights, optimizer state, step). */
  void restore(Path dir);

  @Override
  void close();
}
