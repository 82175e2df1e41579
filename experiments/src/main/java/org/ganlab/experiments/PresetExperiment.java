package org.ganlab.experiments;

import com.google.inject.Provides;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.config.HyperparametersBuilder;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.train.Augmentation;
import org.ganlab.core.train.Regularizer;
import org.ganlab.core.train.SingleGan;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.models.TrainingPreset;

/**
 * An experiment that trains a model preset's recipe ({@link TrainingPreset}: architecture, loss,
 * regularizers, optimizers, n_critic, batch size). The recipe is the base every key changes: its
 * optimizers, n_critic and batch size are the defaults of the common keys, and {@link
 * #recipeKeys()} (e.g. the architecture's {@code latent_dim}, the gradient penalty's {@code
 * gp_lambda}) are declared with the recipe's values as defaults and applied to it. A subclass
 * supplies the recipe, the data ({@code @Provides DataSource}) and optionally its keys.
 */
public abstract class PresetExperiment extends Experiment {

  /** The paper's recipe, unchanged: the base of every key. */
  protected abstract TrainingPreset recipe();

  /**
   * The recipe's own keys, e.g. {@code TrainingPreset.architectureKeys(Dcgan.class,
   * Dcgan.HYPERPARAMETERS)}; none by default.
   */
  protected List<Hyperparameter<TrainingPreset>> recipeKeys() {
    return List.of();
  }

  /** The recipe of one run: {@link #recipe()} with the run's values of {@link #recipeKeys()}. */
  protected TrainingPreset recipe(Hyperparameters hp) {
    return hp.apply(recipeKeys(), recipe());
  }

  @Override
  protected final OptimizerPair optimizers() {
    return recipe().optimizers();
  }

  /** The common keys and the recipe's keys, with the recipe's values as defaults. */
  protected HyperparametersBuilder keys() {
    TrainingPreset p = recipe();
    return TrainingModule.commonDefaults(p.optimizers(), p.config(0)).declare(recipeKeys(), p);
  }

  @Override
  public Hyperparameters hyperparameters() {
    return keys().build();
  }

  @Provides
  final RunSetup presetSetup(
      Hyperparameters hp,
      Set<Regularizer> extra,
      DataSource data,
      OptimizerPair optimizers,
      Augmentation augmentation,
      TrainerConfig config,
      Schedule schedule) {
    TrainingPreset p = recipe(hp);
    List<Regularizer> regs = new ArrayList<>(p.regularizers());
    regs.addAll(extra);
    return RunSetup.single(
        new SingleGan(p.architecture(), p.loss(), regs, data, optimizers, augmentation),
        config,
        schedule);
  }
}
