package org.ganlab.experiments;

import java.util.List;
import org.ganlab.core.config.Hyperparameter;

/**
 * When a run does what, in generator steps.
 *
 * @param steps total generator updates
 * @param sampleEvery sample-grid interval (the last step always gets one)
 * @param checkpointEvery checkpoint interval (the last step always gets one)
 * @param keepCheckpoints how many of the newest checkpoints to keep
 * @param logEvery progress-line interval when output is not a terminal
 * @param gridSize number of images in a sample grid (a square number reads best)
 * @param evalEvery evaluation interval (step 0 and the last step are evaluated too); 0 = never
 * @param diagnostics whether a single GAN writes diagnostics.csv (and TensorBoard {@code
 *     diagnostics/} scalars) every {@code logEvery} steps
 */
public record Schedule(
    long steps,
    long sampleEvery,
    long checkpointEvery,
    int keepCheckpoints,
    long logEvery,
    int gridSize,
    long evalEvery,
    boolean diagnostics) {

  /**
   * 2000 steps; samples and evaluations every 500, checkpoints every 1000 (3 kept); diagnostics on
   * (one extra forward and backward pass every 100 steps).
   */
  public static final Schedule DEFAULTS = new Schedule(2000, 500, 1000, 3, 100, 64, 500, false);

  /** One key per field. */
  public static final List<Hyperparameter<Schedule>> HYPERPARAMETERS =
      List.of(
          Hyperparameter.ofLong(
              "steps",
              1,
              Long.MAX_VALUE,
              "generator updates",
              Schedule::steps,
              (s, v) ->
                  new Schedule(
                      v,
                      s.sampleEvery,
                      s.checkpointEvery,
                      s.keepCheckpoints,
                      s.logEvery,
                      s.gridSize,
                      s.evalEvery,
                      s.diagnostics)),
          Hyperparameter.ofLong(
              "sample_every",
              1,
              Long.MAX_VALUE,
              "sample-grid interval in steps",
              Schedule::sampleEvery,
              (s, v) ->
                  new Schedule(
                      s.steps,
                      v,
                      s.checkpointEvery,
                      s.keepCheckpoints,
                      s.logEvery,
                      s.gridSize,
                      s.evalEvery,
                      s.diagnostics)),
          Hyperparameter.ofLong(
              "checkpoint_every",
              1,
              Long.MAX_VALUE,
              "checkpoint interval in steps",
              Schedule::checkpointEvery,
              (s, v) ->
                  new Schedule(
                      s.steps,
                      s.sampleEvery,
                      v,
                      s.keepCheckpoints,
                      s.logEvery,
                      s.gridSize,
                      s.evalEvery,
                      s.diagnostics)),
          Hyperparameter.ofInt(
              "keep_checkpoints",
              1,
              1000,
              "newest checkpoints kept (the best by the primary eval metric is kept too)",
              Schedule::keepCheckpoints,
              (s, v) ->
                  new Schedule(
                      s.steps,
                      s.sampleEvery,
                      s.checkpointEvery,
                      v,
                      s.logEvery,
                      s.gridSize,
                      s.evalEvery,
                      s.diagnostics)),
          Hyperparameter.ofLong(
              "eval_every",
              0,
              Long.MAX_VALUE,
              "evaluation interval in steps (also step 0 and the last step; 0 = no evaluation)",
              Schedule::evalEvery,
              (s, v) ->
                  new Schedule(
                      s.steps,
                      s.sampleEvery,
                      s.checkpointEvery,
                      s.keepCheckpoints,
                      s.logEvery,
                      s.gridSize,
                      v,
                      s.diagnostics)),
          Hyperparameter.ofLong(
              "log_every",
              1,
              Long.MAX_VALUE,
              "log-line interval (non-terminal output)",
              Schedule::logEvery,
              (s, v) ->
                  new Schedule(
                      s.steps,
                      s.sampleEvery,
                      s.checkpointEvery,
                      s.keepCheckpoints,
                      v,
                      s.gridSize,
                      s.evalEvery,
                      s.diagnostics)),
          Hyperparameter.ofInt(
              "grid_size",
              1,
              100_000,
              "samples in a sample picture (images in a grid, points in a 2D scatter plot)",
              Schedule::gridSize,
              (s, v) ->
                  new Schedule(
                      s.steps,
                      s.sampleEvery,
                      s.checkpointEvery,
                      s.keepCheckpoints,
                      s.logEvery,
                      v,
                      s.evalEvery,
                      s.diagnostics)),
          Hyperparameter.ofBoolean(
              "diagnostics",
              "write diagnostics.csv every log_every steps (off by default; not for CycleGAN: spectral and"
                  + " gradient norms per weight matrix, G-output gradient, D output percentiles)",
              Schedule::diagnostics,
              (s, v) ->
                  new Schedule(
                      s.steps,
                      s.sampleEvery,
                      s.checkpointEvery,
                      s.keepCheckpoints,
                      s.logEvery,
                      s.gridSize,
                      s.evalEvery,
                      v)));

  /** Whether a run evaluates at {@code step}. */
  public boolean evaluatesAt(long step) {
    return evalEvery > 0 && (step % evalEvery == 0 || step == steps);
  }
}
