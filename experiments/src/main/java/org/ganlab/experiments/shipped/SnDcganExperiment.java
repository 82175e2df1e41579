package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import java.util.List;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.ClassSubset;
import org.ganlab.core.data.DataSource;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.PresetExperiment;
import org.ganlab.experiments.RunContext;
import org.ganlab.models.SnDcgan;
import org.ganlab.models.TrainingPreset;
import org.ganlab.models.stabilizers.DiffAugment;

/**
 * SN-DCGAN on Fashion-MNIST with the preset's recipe ({@code SnDcgan.standard().training()}:
 * DCGAN's generator, a discriminator with spectral normalization on every weight and no batch norm,
 * hinge loss, Adam(2e-4, 0.5, 0.999), batch 64; Miyato et al. 2018). The default 2000 steps match
 * {@code dcgan}'s, so the two runs differ in D's normalization and the loss only. {@code
 * diffaugment} adds DiffAugment.
 */
public final class SnDcganExperiment extends PresetExperiment {
  @Override
  public String name() {
    return "sn-dcgan";
  }

  @Override
  public String description() {
    return "SN-DCGAN, spectrally normalized D, hinge loss, Fashion-MNIST 28x28"
        + " (Miyato et al. 2018)";
  }

  @Override
  protected TrainingPreset recipe() {
    return SnDcgan.standard().training();
  }

  @Override
  protected List<Hyperparameter<TrainingPreset>> recipeKeys() {
    return TrainingPreset.architectureKeys(SnDcgan.class, SnDcgan.HYPERPARAMETERS);
  }

  @Override
  public Hyperparameters hyperparameters() {
    return keys()
        .withDefault("steps", 2000L)
        .declare(DiffAugment.HYPERPARAMETERS, DiffAugment.none())
        .declare(ClassSubset.HYPERPARAMETERS, ClassSubset.none())
        .build();
  }

  @Provides
  DataSource data(RunContext ctx, Hyperparameters hp) {
    return Datasets.fashionTrain(ctx, hp);
  }
}
