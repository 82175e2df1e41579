package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.StackedFashionMnist;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.Hyperparameters;
import org.ganlab.experiments.PresetExperiment;
import org.ganlab.experiments.Presets;
import org.ganlab.experiments.RunContext;
import org.ganlab.models.Dcgan;
import org.ganlab.models.TrainingPreset;

/**
 * DCGAN ({@code Dcgan.standard().withChannels(3).training()}: non-saturating loss, Adam(2e-4, 0.5,
 * 0.999), batch 128) on stacked Fashion-MNIST, three independent images as the three channels: 1000
 * label combinations to cover. Default 1500 steps.
 */
public final class DcganStackedExperiment extends PresetExperiment {
  private static final int CHANNELS = 3;

  @Override
  public String name() {
    return "dcgan-stacked";
  }

  @Override
  public String description() {
    return "DCGAN on stacked Fashion-MNIST, 3 channels, 1000 modes (mode coverage)";
  }

  @Override
  protected TrainingPreset recipe() {
    return Dcgan.standard().withChannels(CHANNELS).training();
  }

  @Override
  public Hyperparameters hyperparameters() {
    Dcgan a = Dcgan.standard();
    return Presets.defaults(recipe())
        .withDefault("steps", 1500L)
        // 1000 modes: coverage and KL need many more samples than modes.
        .withDefault("eval_samples", 10_000)
        .intParam("latent_dim", a.latentDim(), 1, 4096, "size of z")
        .intParam("filters", a.filters(), 1, 1024, "width of the first D / last G hidden layer")
        .build();
  }

  @Override
  protected TrainingPreset recipe(Hyperparameters hp) {
    return recipe()
        .withArchitecture(
            Dcgan.standard()
                .withChannels(CHANNELS)
                .withLatentDim(hp.getInt("latent_dim"))
                .withFilters(hp.getInt("filters")));
  }

  @Provides
  DataSource data(RunContext ctx) {
    return new StackedFashionMnist(Datasets.fashionMnist(ctx).train(), ctx.seeds());
  }
}
