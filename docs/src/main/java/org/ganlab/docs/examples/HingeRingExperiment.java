package org.ganlab.docs.examples;

// [START experiment]
import com.google.inject.Provides;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.GaussianMixture2D;
import org.ganlab.core.train.GanArchitecture;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.TrainingModule;
import org.ganlab.losses.HingeLoss;
import org.ganlab.models.MlpGan;

/**
 * An experiment of one's own: the MLP GAN of the mode-collapse papers trained with the hinge loss
 * on the ring of 8 Gaussians. {@code ganlab run org.ganlab.docs.examples.HingeRingExperiment} runs
 * it once the class is on the launcher's classpath; {@link CustomExperiment} runs it from Java.
 * Guide chapter "Writing an experiment class".
 */
public final class HingeRingExperiment extends Experiment {
  @Override
  public String name() {
    return "hinge-ring8";
  }

  @Override
  public String description() {
    return "MLP GAN with the hinge loss on the 2D ring of 8 Gaussians";
  }

  @Override
  public Hyperparameters hyperparameters() {
    // The common keys with the 2D papers' settings as defaults, plus the MLP's own keys
    // (hidden_units, packing), declared once in MlpGan with their ranges and docs.
    return TrainingModule.commonDefaults()
        .withDefault("steps", 5000L)
        .withDefault("batch_size", 256)
        .withDefault("lr_d", 1e-4)
        .withDefault("lr_g", 1e-4)
        .withDefault("grid_size", 2000) // points in the scatter plot
        .withDefault("eval_samples", 2500) // points per mode count
        .declare(MlpGan.HYPERPARAMETERS, MlpGan.standard())
        .build();
  }

  @Provides
  GanArchitecture architecture(Hyperparameters hp) {
    return hp.apply(MlpGan.HYPERPARAMETERS, MlpGan.standard());
  }

  @Provides
  GanLossFunction loss() {
    return new HingeLoss();
  }

  // A GaussianMixture2D source also selects the default evaluator: modes_captured, high_quality.
  @Provides
  DataSource data(RunContext ctx) {
    return GaussianMixture2D.ring8().source(ctx.seeds());
  }
}
// [END experiment]
