package org.ganlab.experiments.shipped;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.losses.GradientPenalty;
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
        .withOptimizers(wgan.optimizers())
        .withNCritic(wgan.nCritic());
  }

  /** The mixture keys and gp_lambda. */
  @Override
  protected List<Hyperparameter<TrainingPreset>> recipeKeys() {
    List<Hyperparameter<TrainingPreset>> keys = new ArrayList<>(super.recipeKeys());
    keys.addAll(
        TrainingPreset.regularizerKeys(GradientPenalty.class, GradientPenalty.HYPERPARAMETERS));
    return keys;
  }
}
