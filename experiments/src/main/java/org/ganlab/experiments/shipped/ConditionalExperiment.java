package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.Hyperparameters;
import org.ganlab.experiments.PresetExperiment;
import org.ganlab.experiments.Presets;
import org.ganlab.experiments.RunContext;
import org.ganlab.models.ConditionalGan;
import org.ganlab.models.TrainingPreset;

/**
 * A class-conditional preset on labelled Fashion-MNIST (10 classes); sample grids have one class
 * per row.
 */
abstract class ConditionalExperiment extends PresetExperiment {
  /** The preset's architecture for Fashion-MNIST's 10 classes. */
  protected abstract ConditionalGan architecture();

  /** Default generator steps. */
  protected abstract long defaultSteps();

  @Override
  protected final TrainingPreset recipe() {
    return architecture().training();
  }

  @Override
  public final Hyperparameters hyperparameters() {
    ConditionalGan a = architecture();
    return extraKeys(
            Presets.defaults(recipe())
                .withDefault("steps", defaultSteps())
                .intParam("latent_dim", a.latentDim(), 1, 4096, "size of z")
                .intParam(
                    "filters", a.filters(), 1, 1024, "width of the first D / last G hidden layer"))
        .build();
  }

  /** Adds a subclass's own keys (none by default). */
  protected Hyperparameters.Builder extraKeys(Hyperparameters.Builder b) {
    return b;
  }

  /** Applies a subclass's own keys to the run's recipe (nothing by default). */
  protected TrainingPreset applyExtraKeys(TrainingPreset p, Hyperparameters hp) {
    return p;
  }

  @Override
  protected final TrainingPreset recipe(Hyperparameters hp) {
    return applyExtraKeys(
        recipe()
            .withArchitecture(
                architecture()
                    .withLatentDim(hp.getInt("latent_dim"))
                    .withFilters(hp.getInt("filters"))),
        hp);
  }

  @Provides
  DataSource data(RunContext ctx) {
    return Datasets.fashionMnist(ctx).trainSource(ctx.seeds());
  }

  static int classes() {
    return FashionMnist.NUM_CLASSES;
  }
}
