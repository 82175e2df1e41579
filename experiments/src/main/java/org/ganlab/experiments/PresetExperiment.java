package org.ganlab.experiments;

import com.google.inject.Provides;
import com.google.inject.name.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.optim.Optimizer;
import org.ganlab.core.train.Regularizer;
import org.ganlab.core.train.SingleGan;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.models.TrainingPreset;

/**
 * An experiment that trains a model preset's recipe ({@link TrainingPreset}: architecture, loss,
 * regularizers, optimizers, n_critic, batch size). The recipe's numbers become the hyperparameter
 * defaults ({@link Presets#defaults(TrainingPreset)}); the run trains {@link
 * #recipe(Hyperparameters)}'s architecture, loss and regularizers (plus any bound with {@link
 * #regularizers()}) with the optimizers, n_critic and batch size of the resolved keys. A subclass
 * supplies the recipe, the data ({@code @Provides DataSource}) and optionally its own keys.
 */
public abstract class PresetExperiment extends Experiment {

  /** The paper's recipe, unchanged: where the defaults come from. */
  protected abstract TrainingPreset recipe();

  /**
   * The recipe of one run: {@link #recipe()} with the experiment's own keys applied (e.g. narrower
   * networks). The default ignores {@code hp}.
   */
  protected TrainingPreset recipe(Hyperparameters hp) {
    return recipe();
  }

  /** The common keys with the recipe's values as defaults; add keys with {@code toBuilder()}. */
  @Override
  public Hyperparameters hyperparameters() {
    return Presets.defaults(recipe()).build();
  }

  @Provides
  final RunSetup presetSetup(
      Hyperparameters hp,
      Set<Regularizer> extra,
      DataSource data,
      @Named("discriminator") Optimizer dOpt,
      @Named("generator") Optimizer gOpt,
      TrainerConfig config,
      Schedule schedule) {
    TrainingPreset p = recipe(hp);
    List<Regularizer> regs = new ArrayList<>(p.regularizers());
    regs.addAll(extra);
    return RunSetup.single(
        new SingleGan(p.architecture(), p.loss(), regs, data, dOpt, gOpt), config, schedule);
  }
}
