package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import org.ganlab.core.data.DataSource;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.Hyperparameters;
import org.ganlab.experiments.PresetExperiment;
import org.ganlab.experiments.Presets;
import org.ganlab.experiments.RunContext;
import org.ganlab.models.TrainingPreset;
import org.ganlab.models.WganGp;

/**
 * WGAN-GP on Fashion-MNIST with the paper's recipe ({@code WganGp.standard().training()}: critic
 * without batch norm, Wasserstein loss, gradient penalty lambda 10, n_critic 5, Adam(1e-4, 0, 0.9),
 * batch 64). A step is five critic updates with the penalty's second-order gradients, so the
 * default 600 steps (3000 critic updates, about three epochs of critic data) take a few minutes on
 * two idle cores.
 */
public final class WganGpExperiment extends PresetExperiment {
  @Override
  public String name() {
    return "wgan-gp";
  }

  @Override
  public String description() {
    return "WGAN-GP, n_critic 5, gradient penalty, Fashion-MNIST 28x28 (Gulrajani et al. 2017)";
  }

  @Override
  protected TrainingPreset recipe() {
    return WganGp.standard().training();
  }

  @Override
  public Hyperparameters hyperparameters() {
    return keys(recipe()).withDefault("steps", 600L).build();
  }

  /** The recipe's defaults plus the WGAN-GP keys: latent_dim, filters and gp_lambda. */
  static Hyperparameters.Builder keys(TrainingPreset recipe) {
    WganGp a = WganGp.standard();
    return Presets.defaults(recipe)
        .intParam("latent_dim", a.latentDim(), 1, 4096, "size of z")
        .intParam("filters", a.filters(), 1, 1024, "width of the first critic layer")
        .doubleParam(
            "gp_lambda",
            Presets.gradientPenalty(recipe).lambda(),
            0,
            1e6,
            "gradient penalty weight");
  }

  @Override
  protected TrainingPreset recipe(Hyperparameters hp) {
    return applyKeys(recipe(), 1, hp);
  }

  /** {@code recipe} with {@link #keys}' values and {@code channels} image channels. */
  static TrainingPreset applyKeys(TrainingPreset recipe, int channels, Hyperparameters hp) {
    WganGp a =
        WganGp.standard()
            .withChannels(channels)
            .withLatentDim(hp.getInt("latent_dim"))
            .withFilters(hp.getInt("filters"));
    return Presets.withGradientPenalty(recipe.withArchitecture(a), hp.getDouble("gp_lambda"));
  }

  @Provides
  DataSource data(RunContext ctx) {
    return Datasets.fashionMnist(ctx).trainSource(ctx.seeds());
  }
}
