package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.ClassSubset;
import org.ganlab.core.data.DataSource;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.PresetExperiment;
import org.ganlab.experiments.RunContext;
import org.ganlab.losses.GradientPenalty;
import org.ganlab.models.TrainingPreset;
import org.ganlab.models.WganGp;
import org.ganlab.models.stabilizers.DiffAugment;

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
    return keys()
        .withDefault("steps", 600L)
        .declare(DiffAugment.HYPERPARAMETERS, DiffAugment.none())
        .declare(ClassSubset.HYPERPARAMETERS, ClassSubset.none())
        .build();
  }

  @Override
  protected List<Hyperparameter<TrainingPreset>> recipeKeys() {
    return wganGpKeys();
  }

  /** latent_dim, filters and gp_lambda. */
  static List<Hyperparameter<TrainingPreset>> wganGpKeys() {
    List<Hyperparameter<TrainingPreset>> keys =
        new ArrayList<>(TrainingPreset.architectureKeys(WganGp.class, WganGp.HYPERPARAMETERS));
    keys.addAll(
        TrainingPreset.regularizerKeys(GradientPenalty.class, GradientPenalty.HYPERPARAMETERS));
    return keys;
  }

  @Provides
  DataSource data(RunContext ctx, Hyperparameters hp) {
    return Datasets.fashionTrain(ctx, hp);
  }
}
