package org.ganlab.core.train;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.ganlab.core.checkpoint.Checkpointer;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.types.TInt64;

/**
 * What every ganlab trainer shares once it has built its graph: the session, the step counter
 * (the graph's global-step variable, so checkpoints carry it), the {@link UpdateSchedule},
 * checkpoints and the train loop. {@link GanTrainer} and {@code CycleGanTrainer} differ only in
 * the graph they build and in how they feed a batch.
 *
 * <p>A subclass builds its ops in {@link #graph()} and then calls {@link #open} once; on a
 * failure before that it closes the graph itself.
 *
 * @param <S> the concrete trainer, which hooks receive
 */
public abstract class SessionTrainer<S extends SessionTrainer<S>> implements AutoCloseable {
  /**
   * Called by {@link #train} after every step (logging, sampling, checkpoints).
   *
   * @param <S> the trainer type
   */
  @FunctionalInterface
  public interface Hook<S> {
    /**
     * @param trainer the trainer, for sampling, translating or saving
     * @param record the step's deterministic values (D and G loss, terms by name)
     * @param nanos wall-clock duration of the step's session runs
     */
    void afterStep(S trainer, StepRecord record, long nanos);
  }

  private final TrainerConfig config;
  private final Graph graph = new Graph();
  // Set once by open(): the session can only be opened on the finished graph, which the
  // subclass builds in its constructor after this one has run.
  private Session session;
  private Checkpointer checkpointer;
  private UpdateSchedule<?> schedule;
  private Operand<TInt64> globalStep;
  private GanLoss loss;
  private long step;

  /** A trainer with {@code config}; its graph is empty until the subclass builds it. */
  protected SessionTrainer(TrainerConfig config) {
    this.config = config;
  }

  /** The graph the subclass builds its ops in. */
  protected final Graph graph() {
    return graph;
  }

  /**
   * Opens the session on the finished graph, makes the schedule and initializes every variable.
   *
   * @param loss the loss tensors
   * @param globalStep the generator-update counter the G update increments
   * @param schedule the update schedule, given the open session
   * @return the open session
   */
  protected final Session open(GanLoss loss, Operand<TInt64> globalStep,
      Function<Session, UpdateSchedule<?>> schedule) {
    if (session != null) {
      throw new IllegalStateException("the trainer's session is already open");
    }
    this.loss = loss;
    this.globalStep = globalStep;
    this.checkpointer = new Checkpointer(graph);
    this.session = config.session().open(graph);
    this.schedule = schedule.apply(session);
    session.initialize();
    return session;
  }

  /** Generator updates done so far. */
  public final long step() {
    return step;
  }

  /** The loss tensors. */
  public final GanLoss loss() {
    return loss;
  }

  /** The configuration. */
  public final TrainerConfig config() {
    return config;
  }

  /** The session, for advanced callers that add their own fetches. */
  public final Session session() {
    return session;
  }

  /** Runs {@code steps} more steps, calling {@code hook} (may be null) after each. */
  public final void train(long steps, Hook<? super S> hook) {
    @SuppressWarnings("unchecked")
    S self = (S) this;
    for (long i = 0; i < steps; i++) {
      long t0 = System.nanoTime();
      StepRecord r = trainStep();
      long nanos = System.nanoTime() - t0;
      if (hook != null) {
        hook.afterStep(self, r, nanos);
      }
    }
  }

  /**
   * Runs one step: {@code nCritic} discriminator updates on data batches {@code step * nCritic +
   * i}, then one generator update.
   *
   * @throws NonFiniteLossException if a loss or term is NaN or infinite
   */
  public final StepRecord trainStep() {
    StepRecord rec = schedule.run(step);
    step = rec.step();
    return rec;
  }

  /** Writes a checkpoint of every variable to {@code dir}, atomically ({@link Checkpointer}). */
  public final void save(Path dir) {
    checkpointer.save(session, dir);
  }

  /** Restores every variable (and the step) from a checkpoint directory. */
  public final void restore(Path dir) {
    checkpointer.restore(session, dir);
    try (Result res = session.runner().fetch(globalStep).run()) {
      step = ((TInt64) res.get(0)).getLong();
    }
  }

  /** Names of the variables a checkpoint holds. */
  public final List<String> checkpointVariables() {
    return checkpointer.variableNames();
  }

  @Override
  public void close() {
    if (session != null) {
      session.close();
    }
    graph.close();
  }
}
