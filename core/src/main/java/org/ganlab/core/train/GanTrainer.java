package org.ganlab.core.train;

import com.google.common.base.Preconditions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ganlab.core.checkpoint.Checkpointer;
import org.ganlab.core.config.Checks;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.tf.StepProfile;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TInt64;

/**
 * The fourth value of the training spine and the one trainer of every GAN family: it owns a graph
 * holding a {@link Spine} and its session, and runs the updates — {@code nCritic} discriminator
 * updates, then one generator update, per step, one {@code Session.run} each.
 *
 * <p>Everything random is a function of (root seed, update index): D update {@code i} of step
 * {@code s} feeds data batch {@code s * nCritic + i}, the G update reuses the step's last batch,
 * and the feeder seeds every random stream from update {@code u = s * (nCritic + 1) + i}. Restoring
 * a checkpoint of step s and continuing therefore gives the same values as never stopping.
 *
 * <p>Three ways in, from the shortest:
 *
 * <pre>{@code
 * // the single-GAN one-liner over the three build steps
 * try (GanTrainer<GanModel> t = GanTrainer.builder(Dcgan.standard(), new NonSaturatingLoss(), data)
 *     .config(TrainerConfig.of(7)).build()) {
 *   t.train(1000, (trainer, record, nanos) -> System.out.println(record));
 * }
 * // any family: GanTrainer.open(family, config)
 * // hand-built: new GanTrainer<>(graph, new Spine<>(model, loss, ops, feeder), config)
 * }</pre>
 *
 * <p>Arguments and state are checked before TensorFlow sees them: a negative step count or an op of
 * another graph is an {@link IllegalArgumentException}, any use after {@link #close()} an {@link
 * IllegalStateException}. Not thread-safe: one thread trains, samples and saves.
 *
 * @param <M> the family's model value
 */
public final class GanTrainer<M> implements AutoCloseable {
  private final Graph graph;
  private final Spine<M> spine;
  private final TrainerConfig config;
  private final TrainingSession opened;
  private final Checkpointer checkpointer;
  private final TrainingStep updates;
  private long step;
  private boolean closed;

  /**
   * Opens a session on {@code graph}, which holds {@code spine}, and initializes every variable
   * (and the EMA generator, if any, to the generator's weights). The trainer owns the graph and
   * closes it.
   *
   * @param graph the graph holding the spine; the trainer closes it
   * @param spine the model, loss, update ops and feeder built into {@code graph}
   * @param config the seed, batch size, n_critic, EMA decay and session settings
   */
  public GanTrainer(Graph graph, Spine<M> spine, TrainerConfig config) {
    this.graph = Objects.requireNonNull(graph, "graph");
    this.spine = Objects.requireNonNull(spine, "spine");
    this.config = Objects.requireNonNull(config, "config");
    this.checkpointer = new Checkpointer(graph);
    this.opened = TrainingSession.open(graph, config);
    this.updates = new TrainingStep(opened.session(), spine, config.nCritic(), config.cluster());
    try {
      opened.session().initialize();
      if (spine.ops().ema() != null) {
        opened.session().run(spine.ops().ema().copy(Ops.create(graph)));
      }
    } catch (RuntimeException e) {
      updates.close();
      opened.session().close();
      throw e;
    }
  }

  /**
   * A single-GAN trainer with Adam(2e-4, 0.5, 0.999) for both networks (the DCGAN paper's
   * settings): {@code new GanTrainer<GanModel>(Dcgan.standard(), new NonSaturatingLoss(), data,
   * config)}. Its model is a {@link GanModel}, whatever {@code M} the caller writes.
   *
   * @param architecture the generator and discriminator
   * @param loss the adversarial loss pair
   * @param data the source of real batches
   * @param config the seed, batch size, n_critic, EMA decay and session settings
   */
  @SuppressWarnings("unchecked")
  public GanTrainer(
      GanArchitecture architecture, GanLossFunction loss, DataSource data, TrainerConfig config) {
    this(
        (BuiltSpine<M>)
            BuiltSpine.of(builder(architecture, loss, data).config(config).family(), config),
        config);
  }

  private GanTrainer(BuiltSpine<M> built, TrainerConfig config) {
    this(built.graph(), built.spine(), config);
  }

  /**
   * Builds {@code family}'s spine into a new graph and opens a trainer on it.
   *
   * @param <M> the family's model type
   * @param family builds the model, loss, update ops and feeder
   * @param config the seed, batch size, n_critic, EMA decay and session settings
   * @return the trainer; the caller closes it
   */
  public static <M> GanTrainer<M> open(GanFamily<M> family, TrainerConfig config) {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(config, "config");
    BuiltSpine<M> b = BuiltSpine.of(family, config);
    try {
      return new GanTrainer<>(b.graph(), b.spine(), config);
    } catch (RuntimeException e) {
      b.graph().close();
      throw e;
    }
  }

  /**
   * Starts the single-GAN one-liner with its required collaborators.
   *
   * @param architecture the generator and discriminator
   * @param loss the adversarial loss pair
   * @param data the source of real batches
   * @return a builder whose other collaborators have defaults
   */
  public static SingleGan.Builder builder(
      GanArchitecture architecture, GanLossFunction loss, DataSource data) {
    return new SingleGan.Builder(architecture, loss, data);
  }

  /** {@return the family's graph pieces} */
  public M model() {
    checkOpen();
    return spine.model();
  }

  /** {@return the loss tensors} */
  public GanLoss loss() {
    checkOpen();
    return spine.loss();
  }

  /** {@return the update ops} */
  public GanTrainOps ops() {
    checkOpen();
    return spine.ops();
  }

  /** {@return how an update's inputs become feeds, for hooks that replay an update's inputs} */
  public Feeder feeder() {
    checkOpen();
    return spine.feeder();
  }

  /** {@return the configuration} */
  public TrainerConfig config() {
    return config;
  }

  /** {@return generator updates done so far} */
  public long step() {
    return step;
  }

  /** {@return the graph, for samplers that add their inference ops to it} */
  public Graph graph() {
    checkOpen();
    return graph;
  }

  /** {@return the session, for samplers and advanced callers; the trainer closes it} */
  public Session session() {
    checkOpen();
    return opened.session();
  }

  /**
   * Runs {@code steps} more steps, calling every hook's {@code begin}, then its {@code afterStep}
   * after each step, then its {@code end}.
   *
   * @param steps the number of steps to run, at least 0
   * @param hooks called around and after every step
   * @throws IllegalArgumentException if {@code steps} is negative
   */
  public void train(long steps, TrainingHook... hooks) {
    checkOpen();
    Checks.nonNegative("steps", steps);
    List<TrainingHook> list =
        hooks == null ? List.of() : Arrays.stream(hooks).filter(Objects::nonNull).toList();
    for (TrainingHook h : list) {
      h.begin(this);
    }
    for (long i = 0; i < steps; i++) {
      long t0 = System.nanoTime();
      StepRecord r = trainStep();
      long nanos = System.nanoTime() - t0;
      for (TrainingHook h : list) {
        h.afterStep(this, r, nanos);
      }
    }
    for (TrainingHook h : list) {
      h.end(this);
    }
  }

  /**
   * Runs one step: {@code nCritic} discriminator updates on data batches {@code step * nCritic +
   * i}, then one generator update on the last of them.
   *
   * @return the step's losses, named terms and scores
   */
  public StepRecord trainStep() {
    checkOpen();
    StepRecord r = updates.run(step);
    step++;
    return r;
  }

  /**
   * {@return where one more step's time went, by op type: {@link #trainStep()} with kernel tracing,
   * which computes the same values but slower (profile after a few warm-up steps)}
   */
  public StepProfile profileStep() {
    checkOpen();
    StepProfile p = updates.profile(step);
    step++;
    return p;
  }

  /**
   * Writes a checkpoint of every variable to {@code dir}, atomically ({@link Checkpointer}).
   *
   * @param dir the checkpoint directory to create; it must not exist
   */
  public void save(Path dir) {
    Objects.requireNonNull(dir, "dir");
    checkOpen();
    checkpointer.save(opened.session(), dir);
  }

  /**
   * Restores every variable (and the step) from a checkpoint directory.
   *
   * @param dir the checkpoint directory
   */
  public void restore(Path dir) {
    Objects.requireNonNull(dir, "dir");
    checkOpen();
    checkpointer.restore(opened.session(), dir);
    try (Result res = opened.session().runner().fetch(spine.ops().globalStep()).run()) {
      step = ((TInt64) res.get(0)).getLong();
    }
  }

  /** {@return names of the variables a checkpoint holds} */
  public List<String> checkpointVariables() {
    checkOpen();
    return checkpointer.variableNames();
  }

  /**
   * Runs {@code op} once (e.g. an initializer a hand-built spine added).
   *
   * @param op an op of this trainer's graph (another graph's: {@link IllegalArgumentException})
   */
  public void run(Op op) {
    Objects.requireNonNull(op, "op");
    checkOpen();
    if (op.env() != graph) {
      throw new IllegalArgumentException("op " + op.op().name() + " belongs to another graph");
    }
    opened.session().run(op);
  }

  private void checkOpen() {
    Preconditions.checkState(!closed, "this GanTrainer is closed: close() has been called");
  }

  /** Closes the session and the graph (once; later calls do nothing). */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      updates.close();
      opened.session().close();
      graph.close();
    }
  }
}
