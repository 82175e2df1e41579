package org.ganlab.experiments.shipped;

import java.util.List;
import org.ganlab.core.data.GaussianMixture2D;
import org.ganlab.experiments.Hyperparameters;
import org.ganlab.experiments.Presets;
import org.ganlab.models.MlpGan;
import org.ganlab.models.TrainingPreset;
import org.ganlab.models.WganGp;

/**
 * The WGAN-GP recipe on the MLP and the 5x5 grid: the MLP preset's networks and batch of 256
 * with WGAN-GP's Wasserstein loss, gradient penalty (lambda 10), n_critic 5 and Adam(1e-4, 0,
 * 0.9), all taken from {@code WganGp.standard().training()}. Default 3000 steps (15,000 critic
 * updates).
 */
public final class WganGpGrid25Experiment extends MixtureExperiment {
  @Override
  public String name() {
    return "wgan-gp-grid25";
  }

  @Override
  public String description() {
    return "MLP WGAN-GP, n_critic 5, 2D grid of 25 Gaussians";
  }

  @Override
  protected GaussianMixture2D mixture() {
    return GaussianMixture2D.grid25();
  }

  @Override
  protected long defaultSteps() {
    return 3000;
  }

  @Override
  protected TrainingPreset recipe() {
    TrainingPreset wgan = WganGp.standard().training();
    return MlpGan.standard().training()
        .withLoss(wgan.loss())
        .withRegularizers(List.copyOf(wgan.regularizers()))
        .withDiscriminatorOptimizer(wgan.discriminatorOptimizer())
        .withGeneratorOptimizer(wgan.generatorOptimizer())
        .withNCritic(wgan.nCritic());
  }

  @Override
  public Hyperparameters hyperparameters() {
    return super.hyperparameters().toBuilder()
        .doubleParam("gp_lambda", Presets.gradientPenalty(recipe()).lambda(), 0, 1e6,
            "gradient penalty weight")
        .build();
  }

  @Override
  protected TrainingPreset recipe(Hyperparameters hp) {
    return Presets.withGradientPenalty(super.recipe(hp), hp.getDouble("gp_lambda"));
  }
}
