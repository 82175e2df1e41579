package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import java.util.List;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.StackedFashionMnist;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.PresetExperiment;
import org.ganlab.experiments.RunContext;
import org.ganlab.models.TrainingPreset;
import org.ganlab.models.WganGp;

/**
 * WGAN-GP ({@code WganGp.standard().withChannels(3).training()}: critic without batch norm,
 * Wasserstein loss, gradient penalty lambda 10, n_critic 5, Adam(1e-4, 0, 0.9), batch 64) on
 * stacked Fashion-MNIST, three independent images as the three channels: 1000 label combinations to
 * cover. Evaluated like {@code dcgan-stacked} (modes covered and KL to uniform on {@code
 * eval_samples}, default 10,000, generated images). Default 600 steps (3000 critic updates).
 */
public final class WganGpStackedExperiment extends PresetExperiment {
  private static final int CHANNELS = 3;

  @Override
  public String name() {
    return "wgan-gp-stacked";
  }

  @Override
  public String description() {
    return "WGAN-GP on stacked Fashion-MNIST, 3 channels, 1000 modes (mode coverage)";
  }

  @Override
  protected TrainingPreset recipe() {
    return WganGp.standard().withChannels(CHANNELS).training();
  }

  @Override
  public Hyperparameters hyperparameters() {
    return keys()
        .withDefault("steps", 600L)
        // 1000 modes: coverage and KL need many more samples than modes.
        .withDefault("eval_samples", 10_000)
        .build();
  }

  @Override
  protected List<Hyperparameter<TrainingPreset>> recipeKeys() {
    return WganGpExperiment.wganGpKeys();
  }

  @Provides
  DataSource data(RunContext ctx) {
    return new StackedFashionMnist(Datasets.fashionMnist(ctx).train(), ctx.seeds());
  }
}
