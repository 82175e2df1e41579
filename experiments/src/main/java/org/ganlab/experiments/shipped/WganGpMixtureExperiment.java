package org.ganlab.experiments.shipped;

import java.util.List;
import org.ganlab.experiments.Hyperparameters;
import org.ganlab.experiments.Presets;
import org.ganlab.models.MlpGan;
import org.ganlab.models.TrainingPreset;
import org.ganlab.models.WganGp;

/**
 * The WGAN-GP recipe on the MLP and a 2D mixture: the MLP preset's networks and batch of 256 with
 * WGAN-GP's Wasserstein loss, gradient penalty (key {@code gp_lambda}, default 10), n_critic 5 and
 * Adam(1e-4, 0, 0.9), all taken from {@code WganGp.standard().training()}. A subclass names the
 * mixture and the default steps.
 */
abstract class WganGpMixtureExperiment extends MixtureExperiment {
  @Override
  protected TrainingPreset recipe() {
    TrainingPreset wgan = WganGp.standard().training();
    return MlpGan.standard()
        .training()
        .withLoss(wgan.loss())
        .withRegularizers(List.copyOf(wgan.regularizers()))
        .withDiscriminatorOptimizer(wgan.discriminatorOptimizer())
        .withGeneratorOptimizer(wgan.generatorOptimizer())
        .withNCritic(wgan.nCritic());
  }

  @Override
  public Hyperparameters hyperparameters() {
    return super.hyperparameters().toBuilder()
        .doubleParam(
            "gp_lambda",
            Presets.gradientPenalty(recipe()).lambda(),
            0,
            1e6,
            "gradient penalty weight")
        .build();
  }

  @Override
  protected TrainingPreset recipe(Hyperparameters hp) {
    return Presets.withGradientPenalty(super.recipe(hp), hp.getDouble("gp_lambda"));
  }
}
