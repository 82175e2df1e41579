package org.ganlab.docs.examples;

// [START experiment]
import com.google.inject.Provides;
import java.util.Map;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.GaussianMixture2D;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.RunSetup;
import org.ganlab.experiments.Schedule;
import org.ganlab.experiments.TrainingModule;

/**
 * {@link PointAli}'s family as an experiment: {@code ganlab run
 * org.ganlab.docs.examples.PointAliExperiment} trains it into a run directory with checkpoints,
 * resume, samples and evaluation. Guide chapter "Writing a new GAN family".
 */
public final class PointAliExperiment extends Experiment {
  @Override
  public String name() {
    return "point-ali";
  }

  @Override
  public String description() {
    return "a tiny BiGAN/ALI of three MLPs on the 2D ring of 8 Gaussians";
  }

  @Override
  public Hyperparameters hyperparameters() {
    return TrainingModule.commonDefaults()
        .withDefault("steps", 3000L)
        .withDefault("batch_size", 256)
        .withDefault("lr_d", 1e-4)
        .withDefault("lr_g", 1e-4)
        .withDefault("grid_size", 2000) // points in the scatter plot
        .pin("ema_decay", 0.0, "no generator EMA in this family")
        .build();
  }

  // A family other than the single GAN binds the RunSetup itself; the optimizers, trainer
  // config and schedule are the common keys' bindings.
  @Provides
  RunSetup setup(
      RunContext ctx, OptimizerPair optimizers, TrainerConfig config, Schedule schedule) {
    DataSource data = GaussianMixture2D.ring8().source(ctx.seeds());
    PointAli.Family family = new PointAli.Family(data, optimizers);
    // Its picture and evaluation sample the family's generator from latent codes.
    return RunSetup.latent(
        family,
        PointAli.Model::generator,
        data,
        new int[] {2},
        config,
        schedule,
        RunSetup.components(Map.of("family", "point-ali"), "non-saturating", optimizers, config));
  }
}
// [END experiment]
