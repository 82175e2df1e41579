package org.ganlab.core.train;

/** Called by {@link GanTrainer#train} after every step (logging, sampling, checkpoints). */
@FunctionalInterface
public interface TrainingHook {
  /**
   * @param trainer the trainer, for sampling or saving
   * @param record the step's deterministic values
   * @param nanos wall-clock duration of the step's session runs
   */
  void afterStep(GanTrainer trainer, StepRecord record, long nanos);
}
