package org.ganlab.experiments;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.name.Named;
import java.util.List;
import java.util.Set;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.config.HyperparametersBuilder;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.train.Augmentation;
import org.ganlab.core.train.GanArchitecture;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.core.train.Regularizer;
import org.ganlab.core.train.SingleGan;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.experiments.eval.EvaluatorFactory;
import org.ganlab.experiments.eval.Evaluators;
import org.ganlab.models.stabilizers.DiffAugment;

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

  /** The optimizers of an experiment that states none: the DCGAN paper's Adam(2e-4, 0.5, 0.999). */
  public static final OptimizerPair DCGAN_OPTIMIZERS = OptimizerPair.of(new Adam(2e-4, 0.5, 0.999));

  private static final String DIFFAUGMENT_KEY = DiffAugment.HYPERPARAMETERS.get(0).key();

  /** The keys every experiment has, with the DCGAN paper's optimizers and batch size 64. */
  public static HyperparametersBuilder commonDefaults() {
    return commonDefaults(DCGAN_OPTIMIZERS, TrainerConfig.of(0));
  }

  /**
   * The keys every experiment has: the {@link Schedule}'s, the {@link TrainerConfig}'s and the
   * {@link OptimizerPair}'s, with defaults read from {@code optimizers} and {@code trainer}, and
   * this module's {@code eval_samples} and {@code lr_decay}.
   */
  public static HyperparametersBuilder commonDefaults(
      OptimizerPair optimizers, TrainerConfig trainer) {
    return Hyperparameters.builder()
        .declare(Schedule.HYPERPARAMETERS, Schedule.DEFAULTS)
        .intParam(
            "eval_samples",
            2000,
            2,
            1_000_000,
            "generated samples per evaluation (images, 2D points, translated test images)")
        .declare(TrainerConfig.HYPERPARAMETERS, trainer)
        .declare(OptimizerPair.HYPERPARAMETERS, optimizers)
        .doubleParam(
            "lr_decay",
            0,
            0,
            1,
            "last fraction of the run over which both learning"
                + " rates decay linearly to zero (0 = constant rates)");
  }

  @Override
  protected void configure() {
    bind(RunContext.class).toInstance(context);
    bind(Hyperparameters.class).toInstance(context.hyperparameters());
  }

  /**
   * The experiment's optimizers ({@link Experiment#optimizers()}) with the run's {@code lr_d},
   * {@code lr_g}, {@code beta1} and {@code beta2}, decaying over the last {@code lr_decay} of their
   * updates (D: steps x n_critic, G: steps).
   */
  @Provides
  OptimizerPair optimizers(Hyperparameters hp, @Named("recipe") OptimizerPair recipe) {
    long steps = hp.getLong("steps");
    return hp.apply(OptimizerPair.HYPERPARAMETERS, recipe)
        .withDecay(hp.getDouble("lr_decay"), steps * hp.getInt("n_critic"), steps);
  }

  @Provides
  TrainerConfig trainerConfig(Hyperparameters hp, RunContext ctx) {
    return hp.apply(TrainerConfig.HYPERPARAMETERS, TrainerConfig.of(ctx.seed()));
  }

  @Provides
  Schedule schedule(Hyperparameters hp) {
    return hp.apply(Schedule.HYPERPARAMETERS, Schedule.DEFAULTS);
  }

  /** The evaluator chosen by the data's shape ({@link Evaluators#byShape}). */
  @Provides
  EvaluatorFactory evaluator(RunContext ctx, Hyperparameters hp) {
    return (setup, featureCache) -> Evaluators.byShape(setup, ctx, hp, featureCache);
  }

  /**
   * What the discriminator's inputs go through: the run's {@code diffaugment} policy in an
   * experiment that declares {@link DiffAugment#HYPERPARAMETERS} (the image experiments), else
   * nothing. Applied here, beside the single-GAN setup that uses it, so each experiment only
   * declares the key.
   */
  @Provides
  Augmentation augmentation(Hyperparameters hp) {
    return hp.declarations().containsKey(DIFFAUGMENT_KEY)
        ? hp.apply(DiffAugment.HYPERPARAMETERS, DiffAugment.none())
        : Augmentation.NONE;
  }

  /** The single-GAN setup; an experiment with another kind of trainer binds its own RunSetup. */
  @Provides
  RunSetup setup(
      GanArchitecture architecture,
      GanLossFunction loss,
      Set<Regularizer> regularizers,
      DataSource data,
      OptimizerPair optimizers,
      Augmentation augmentation,
      TrainerConfig config,
      Schedule schedule) {
    return RunSetup.single(
        new SingleGan(
            architecture, loss, List.copyOf(regularizers), data, optimizers, augmentation),
        config,
        schedule);
  }
}
