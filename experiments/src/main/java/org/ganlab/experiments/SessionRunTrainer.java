package org.ganlab.experiments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.train.SessionTrainer;

/**
 * The part of the run-directory adapters that only forwards to a {@link SessionTrainer}: steps,
 * term columns, checkpoints and closing. A subclass adds the sample picture.
 *
 * @param <T> the adapted trainer
 */
public abstract class SessionRunTrainer<T extends SessionTrainer<T>> implements RunTrainer {
  private final T trainer;

  /** @param trainer the trainer (closed with this adapter) */
  protected SessionRunTrainer(T trainer) {
    this.trainer = trainer;
  }

  /** The adapted trainer. */
  public final T trainer() {
    return trainer;
  }

  @Override
  public final long step() {
    return trainer.step();
  }

  @Override
  public final List<String> termColumns() {
    List<String> cols = new ArrayList<>(trainer.loss().discriminatorTerms().keySet());
    cols.addAll(trainer.loss().generatorTerms().keySet());
    return cols;
  }

  @Override
  public final void train(long steps, StepListener listener) {
    trainer.train(steps, (t, r, nanos) -> listener.afterStep(this, r, nanos));
  }

  @Override
  public final void save(Path dir) {
    trainer.save(dir);
  }

  @Override
  public final void restore(Path dir) {
    trainer.restore(dir);
  }

  @Override
  public final void close() {
    trainer.close();
  }
}
