package org.ganlab.core.train;

/**
 * Called by {@link GanTrainer#train} around and after every step: logging, evaluation, checkpoints,
 * the NaN guard, sample pictures. Hooks run in the order given, so a guard placed first stops the
 * step before a later hook writes anything. An exception from a hook ends {@code train}.
 */
@FunctionalInterface
public interface TrainingHook {
  /**
   * Before the first step of a {@code train} call (the trainer may be at any step).
   *
   * @param trainer the trainer about to run
   */
  default void begin(GanTrainer<?> trainer) {}

  /**
   * After each step.
   *
   * @param trainer the trainer, for sampling or saving
   * @param record the step's deterministic values
   * @param nanos wall-clock duration of the step's session runs
   */
  void afterStep(GanTrainer<?> trainer, StepRecord record, long nanos);

  /**
   * After the last step of a {@code train} call that completed.
   *
   * @param trainer the trainer that ran
   */
  default void end(GanTrainer<?> trainer) {}
}
