package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.GaussianMixture2D;
import org.ganlab.experiments.Hyperparameters;
import org.ganlab.experiments.PresetExperiment;
import org.ganlab.experiments.Presets;
import org.ganlab.experiments.RunContext;
import org.ganlab.models.MlpGan;
import org.ganlab.models.TrainingPreset;

/**
 * An MLP GAN on a 2D Gaussian mixture, the mode-collapse benchmark. The sample picture is a
 * scatter plot of {@code grid_size} (default 2000) generated points over the mixture's centres;
 * evaluation counts modes on {@code eval_samples} (default 10,000) points.
 */
abstract class MixtureExperiment extends PresetExperiment {
  /** The data. */
  protected abstract GaussianMixture2D mixture();

  /** Default generator steps. */
  protected abstract long defaultSteps();

  /** The recipe for the standard MLP; subclasses change the loss side. */
  @Override
  protected TrainingPreset recipe() {
    return MlpGan.standard().training();
  }

  @Override
  public Hyperparameters hyperparameters() {
    return Presets.defaults(recipe())
        .withDefault("steps", defaultSteps())
        .withDefault("grid_size", 2000)
        .withDefault("eval_samples", 10_000)
        .intParam("hidden_units", MlpGan.standard().hiddenUnits(), 1, 4096,
            "units per hidden layer of G and D")
        .build();
  }

  @Override
  protected TrainingPreset recipe(Hyperparameters hp) {
    return recipe().withArchitecture(MlpGan.standard()
        .withHiddenUnits(hp.getInt("hidden_units")));
  }

  @Provides
  DataSource data(RunContext ctx) {
    return mixture().source(ctx.seeds());
  }
}
