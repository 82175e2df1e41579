package org.ganlab.experiments;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.name.Named;
import java.util.List;
import java.util.Set;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.LinearDecay;
import org.ganlab.core.optim.Optimizer;
import org.ganlab.core.tf.SessionSettings;
import org.ganlab.core.train.GanArchitecture;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.core.train.Regularizer;
import org.ganlab.core.train.SingleGan;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.experiments.eval.EvaluatorFactory;
import org.ganlab.experiments.eval.Evaluators;

/**
 * The bindings every experiment shares: run context, hyperparameters, Adam optimizers from the
 * common keys, trainer config, schedule and the evaluator factory. An experiment overrides any of
 * them by binding the same type.
 */
public final class TrainingModule extends AbstractModule {
  private final RunContext context;

  /** The common bindings for one run. */
  public TrainingModule(RunContext context) {
    this.context = context;
  }

  /** The keys every experiment has, with the DCGAN paper's optimizer settings as defaults. */
  public static Hyperparameters.Builder commonDefaults() {
    return Hyperparameters.builder()
        .longParam("steps", 2000, 1, Long.MAX_VALUE, "generator updates")
        .intParam("batch_size", 64, 1, 4096, "examples per batch")
        .intParam("n_critic", 1, 1, 100, "discriminator updates per generator update")
        .doubleParam("lr_d", 2e-4, 1e-8, 1, "discriminator learning rate (TTUR: may differ)")
        .doubleParam("lr_g", 2e-4, 1e-8, 1, "generator learning rate")
        .doubleParam("beta1", 0.5, 0, 0.999999, "Adam beta1")
        .doubleParam("beta2", 0.999, 0, 0.999999, "Adam beta2")
        .doubleParam(
            "lr_decay",
            0,
            0,
            1,
            "last fraction of the run over which both learning"
                + " rates decay linearly to zero (0 = constant rates)")
        .doubleParam("ema_decay", 0, 0, 0.999999, "generator weight EMA decay (0 = off)")
        .longParam("sample_every", 500, 1, Long.MAX_VALUE, "sample-grid interval in steps")
        .longParam("checkpoint_every", 1000, 1, Long.MAX_VALUE, "checkpoint interval in steps")
        .intParam(
            "keep_checkpoints",
            3,
            1,
            1000,
            "newest checkpoints kept (the best by the primary eval metric is kept too)")
        .longParam(
            "eval_every",
            500,
            0,
            Long.MAX_VALUE,
            "evaluation interval in steps (also step 0 and the last step; 0 = no evaluation)")
        .intParam(
            "eval_samples",
            2000,
            2,
            1_000_000,
            "generated samples per evaluation (images, 2D points, translated test images)")
        .longParam("log_every", 100, 1, Long.MAX_VALUE, "log-line interval (non-terminal output)")
        .intParam(
            "grid_size",
            64,
            1,
            100_000,
            "samples in a sample picture (images in a grid, points in a 2D scatter plot)")
        .intParam("intra_op_threads", 0, 0, 1024, "TensorFlow intra-op threads (0 = default)")
        .intParam("inter_op_threads", 0, 0, 1024, "TensorFlow inter-op threads (0 = default)");
  }

  @Override
  protected void configure() {
    bind(RunContext.class).toInstance(context);
    bind(Hyperparameters.class).toInstance(context.hyperparameters());
  }

  /** Adam with lr_d, beta1, beta2, decaying over the last lr_decay of its steps x n_critic. */
  @Provides
  @Named("discriminator")
  Optimizer discriminatorOptimizer(Hyperparameters hp) {
    return adam(hp, "lr_d", hp.getLong("steps") * hp.getInt("n_critic"));
  }

  /** Adam with lr_g, beta1, beta2, decaying over the last lr_decay of its steps. */
  @Provides
  @Named("generator")
  Optimizer generatorOptimizer(Hyperparameters hp) {
    return adam(hp, "lr_g", hp.getLong("steps"));
  }

  private static Adam adam(Hyperparameters hp, String rateKey, long updates) {
    return new Adam(hp.getDouble(rateKey), hp.getDouble("beta1"), hp.getDouble("beta2"))
        .withDecay(LinearDecay.overLast(hp.getDouble("lr_decay"), updates));
  }

  @Provides
  TrainerConfig trainerConfig(Hyperparameters hp, RunContext ctx) {
    return new TrainerConfig(
        ctx.seed(),
        hp.getInt("batch_size"),
        hp.getInt("n_critic"),
        hp.getDouble("ema_decay"),
        new SessionSettings(hp.getInt("intra_op_threads"), hp.getInt("inter_op_threads")));
  }

  @Provides
  Schedule schedule(Hyperparameters hp) {
    return new Schedule(
        hp.getLong("steps"),
        hp.getLong("sample_every"),
        hp.getLong("checkpoint_every"),
        hp.getInt("keep_checkpoints"),
        hp.getLong("log_every"),
        hp.getInt("grid_size"),
        hp.getLong("eval_every"));
  }

  /** The evaluator chosen by the data's shape ({@link Evaluators#byShape}). */
  @Provides
  EvaluatorFactory evaluator(RunContext ctx, Hyperparameters hp) {
    return (setup, featureCache) -> Evaluators.byShape(setup, ctx, hp, featureCache);
  }

  /** The single-GAN setup; an experiment with another kind of trainer binds its own RunSetup. */
  @Provides
  RunSetup setup(
      GanArchitecture architecture,
      GanLossFunction loss,
      Set<Regularizer> regularizers,
      DataSource data,
      @Named("discriminator") Optimizer dOpt,
      @Named("generator") Optimizer gOpt,
      TrainerConfig config,
      Schedule schedule) {
    return RunSetup.single(
        new SingleGan(architecture, loss, List.copyOf(regularizers), data, dOpt, gOpt),
        config,
        schedule);
  }
}
