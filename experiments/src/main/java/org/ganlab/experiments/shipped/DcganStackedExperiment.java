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
    return keys()
        .withDefault("steps", 1500L)
        // 1000 modes: coverage and KL need many more samples than modes.
        .withDefault("eval_samples", 10_000)
        .build();
  }

  @Override
  protected List<Hyperparameter<TrainingPreset>> recipeKeys() {
    return TrainingPreset.architectureKeys(Dcgan.class, Dcgan.HYPERPARAMETERS);
  }

  @Provides
  DataSource data(RunContext ctx) {
    return new StackedFashionMnist(Datasets.fashionMnist(ctx).train(), ctx.seeds());
  }
}
