package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import java.util.List;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.ClassSubset;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.PresetExperiment;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.eval.Evaluators;
import org.ganlab.models.SnProjectionGan;
import org.ganlab.models.TrainingPreset;
import org.ganlab.models.stabilizers.DiffAugment;

/**
 * The projection cGAN with its paper's stabilizers on labelled Fashion-MNIST ({@code
 * SnProjectionGan.standard(10).training()}: spectral norm on every weight of the projection
 * discriminator, conditional batch norm in the generator, hinge loss, n_critic 5, Adam(2e-4, 0,
 * 0.9), batch 64; Miyato and Koyama 2018). Default 1000 steps (5000 D updates), as {@code
 * cgan-projection}, which it differs from in the two stabilizers only; sample grids have one class
 * per row.
 */
public final class CganProjectionSnExperiment extends PresetExperiment {
  @Override
  public String name() {
    return "cgan-projection-sn";
  }

  @Override
  public String description() {
    return "conditional GAN, projection discriminator with spectral norm, conditional batch norm"
        + " in G, hinge loss, Fashion-MNIST (Miyato and Koyama 2018)";
  }

  @Override
  protected TrainingPreset recipe() {
    return SnProjectionGan.standard(FashionMnist.NUM_CLASSES).training();
  }

  @Override
  protected List<Hyperparameter<TrainingPreset>> recipeKeys() {
    return TrainingPreset.architectureKeys(SnProjectionGan.class, SnProjectionGan.HYPERPARAMETERS);
  }

  @Override
  public Hyperparameters hyperparameters() {
    return keys()
        .withDefault("steps", 1000L)
        .declare(DiffAugment.HYPERPARAMETERS, DiffAugment.none())
        .declare(ClassSubset.HYPERPARAMETERS, ClassSubset.none())
        .longParam(Evaluators.CAS_STEPS, 500, 0, 1_000_000, Evaluators.CAS_STEPS_DOC)
        .build();
  }

  @Provides
  DataSource data(RunContext ctx, Hyperparameters hp) {
    return Datasets.fashionTrain(ctx, hp);
  }
}
