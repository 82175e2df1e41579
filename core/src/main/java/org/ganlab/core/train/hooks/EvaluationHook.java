package org.ganlab.core.train.hooks;

import java.util.Map;
import org.ganlab.core.config.Checks;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainingHook;

/**
 * Periodic evaluation: every {@code every} steps, at step 0 (the untrained baseline, when a run
 * starts there) and at the last step, it evaluates the trainer's current weights, offers the
 * primary metric to a {@link BestMetric} and hands the values to a listener (eval.csv, TensorBoard,
 * a log). Put it before a {@link CheckpointHook} that shares the {@code BestMetric}, so a new best
 * is checkpointed in the same step.
 */
public final class EvaluationHook implements TrainingHook {
  /** Turns the trainer's current weights into named metric values. */
  @FunctionalInterface
  public interface Evaluation {
    /**
     * {@return the values, in a stable order}
     *
     * @param trainer the trainer at the step evaluated
     */
    Map<String, Number> evaluate(GanTrainer<?> trainer);
  }

  /** Receives every evaluation. */
  @FunctionalInterface
  public interface Listener {
    /**
     * @param step the evaluated step
     * @param values the metric values
     * @param best whether the primary metric is the best so far
     */
    void evaluated(long step, Map<String, Number> values, boolean best);
  }

  private final long every;
  private final long lastStep;
  private final Evaluation evaluation;
  private final BestMetric best;
  private final Listener listener;

  /**
   * @param every evaluation interval in steps ({@code > 0})
   * @param lastStep the run's last step (always evaluated)
   * @param evaluation what to compute
   * @param best tracks the primary metric ({@code best.metric()} must be among the values)
   * @param listener receives the values
   */
  public EvaluationHook(
      long every, long lastStep, Evaluation evaluation, BestMetric best, Listener listener) {
    Checks.positive("evaluation interval", every);
    this.every = every;
    this.lastStep = lastStep;
    this.evaluation = evaluation;
    this.best = best;
    this.listener = listener;
  }

  /**
   * {@return whether the hook evaluates at {@code step}}
   *
   * @param step a training step
   */
  public boolean evaluatesAt(long step) {
    return step % every == 0 || step == lastStep;
  }

  @Override
  public void begin(GanTrainer<?> trainer) {
    if (trainer.step() == 0) {
      evaluate(trainer);
    }
  }

  @Override
  public void afterStep(GanTrainer<?> trainer, StepRecord record, long nanos) {
    if (evaluatesAt(record.step())) {
      evaluate(trainer);
    }
  }

  private void evaluate(GanTrainer<?> trainer) {
    Map<String, Number> values = evaluation.evaluate(trainer);
    Number primary = values.get(best.metric());
    if (primary == null) {
      throw new IllegalStateException(
          "the evaluation returned no value for its primary metric "
              + best.metric()
              + " (it returned "
              + values.keySet()
              + ")");
    }
    boolean isBest = best.offer(trainer.step(), primary.doubleValue());
    listener.evaluated(trainer.step(), values, isBest);
  }
}
