package com.example;

import com.google.inject.Provides;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.train.GanArchitecture;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.TrainingModule;
import org.ganlab.losses.LeastSquaresLoss;
import org.ganlab.models.Dcgan;

/**
 * A researcher's own experiment, outside ganlab's packages: DCGAN trained with the least-squares
 * loss (Mao et al. 2017) on Fashion-MNIST. Run it with {@code ./ganlab run
 * com.example.LsganExperiment} once it is on the classpath; the user guide's
 * docs/guide/02-experiment-class.md walks through writing one.
 */
public final class LsganExperiment extends Experiment {
  @Override
  public String name() {
    return "lsgan";
  }

  @Override
  public String description() {
    return "DCGAN with the least-squares loss on Fashion-MNIST";
  }

  @Override
  public Hyperparameters hyperparameters() {
    // The common keys (steps, batch_size, lr_d, lr_g, beta1, beta2, n_critic, ...) plus our own.
    return TrainingModule.commonDefaults()
        .withDefault("steps", 3000L)
        .intParam("filters", 64, 1, 1024, "DCGAN width")
        .build();
  }

  @Provides
  GanArchitecture architecture(Hyperparameters hp) {
    return Dcgan.standard().withFilters(hp.getInt("filters"));
  }

  @Provides
  GanLossFunction loss() {
    return new LeastSquaresLoss();
  }

  @Provides
  DataSource data(RunContext ctx) {
    return Datasets.fashionMnist(ctx).trainSource(ctx.seeds());
  }
}
