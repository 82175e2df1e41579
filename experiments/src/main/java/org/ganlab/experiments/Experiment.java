package org.ganlab.experiments;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Names;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.train.Regularizer;

/**
 * An experiment: a Guice module that binds what a run trains — at least a {@code GanArchitecture},
 * a {@code GanLossFunction} and a {@code DataSource} — and declares its hyperparameters. Everything
 * else (optimizers from {@code lr_d}/{@code lr_g}/{@code beta1}/ {@code beta2}, the trainer config,
 * the schedule) comes from {@link TrainingModule}; bind a type here to replace its default (the
 * experiment's bindings override the common ones).
 *
 * <p>Add regularizers with {@link #regularizers()}. Bound values receive the resolved {@link
 * Hyperparameters} and the {@link RunContext} by injection into {@code @Provides} methods.
 *
 * <p>A user's own experiment is any public subclass with a no-argument constructor; {@code ganlab
 * run com.example.MyExperiment} runs it the same way as a shipped one.
 */
public abstract class Experiment extends AbstractModule {

  /** The name used on the command line and in run directories, e.g. "dcgan". */
  public abstract String name();

  /** One line for {@code ganlab list}. */
  public abstract String description();

  /**
   * The hyperparameters and their defaults; start from {@link TrainingModule#commonDefaults()} and
   * add or re-default keys.
   */
  public Hyperparameters hyperparameters() {
    return TrainingModule.commonDefaults().build();
  }

  /**
   * The optimizers the common keys {@code lr_d}, {@code lr_g}, {@code beta1}, {@code beta2} start
   * from and change; the DCGAN paper's Adam unless overridden. {@link #hyperparameters()} must
   * declare those keys with these optimizers' values as defaults.
   */
  protected OptimizerPair optimizers() {
    return TrainingModule.DCGAN_OPTIMIZERS;
  }

  @Override
  protected final void configure() {
    bind(OptimizerPair.class).annotatedWith(Names.named("recipe")).toInstance(optimizers());
    regularizers();
    bindExperiment();
  }

  /** Extra bindings beyond {@code @Provides} methods (optional). */
  protected void bindExperiment() {}

  /** The regularizer set binder; {@code regularizers().addBinding().toInstance(...)}. */
  protected final Multibinder<Regularizer> regularizers() {
    return Multibinder.newSetBinder(binder(), Regularizer.class);
  }
}
