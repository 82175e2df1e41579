package org.ganlab.experiments.shipped;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.losses.AuxiliaryClassifierLoss;
import org.ganlab.models.ConditionalGan;
import org.ganlab.models.TrainingPreset;

/**
 * AC-GAN on Fashion-MNIST with the preset's recipe ({@code ConditionalGan.acgan(10).training()}:
 * non-saturating loss plus the {@code AuxiliaryClassifierLoss} regularizer, Adam(2e-4, 0.5, 0.999),
 * batch 100). Default 1500 steps (two and a half epochs).
 *
 * <p>{@code aux_weight} scales both auxiliary-classifier terms (the paper's 1); the conditional
 * suite trains {@code --steps 3000 --set aux_weight=3}, and docs/benchmarks.md shows what it gives.
 */
public final class AcganExperiment extends ConditionalExperiment {
  @Override
  public String name() {
    return "acgan";
  }

  @Override
  public String description() {
    return "AC-GAN: auxiliary classifier, non-saturating loss, Fashion-MNIST (Odena et al. 2017)";
  }

  @Override
  protected ConditionalGan architecture() {
    return ConditionalGan.acgan(classes());
  }

  /** The conditional keys and aux_weight (only the auxiliary term changes). */
  @Override
  protected List<Hyperparameter<TrainingPreset>> recipeKeys() {
    List<Hyperparameter<TrainingPreset>> keys = new ArrayList<>(super.recipeKeys());
    keys.addAll(
        TrainingPreset.regularizerKeys(
            AuxiliaryClassifierLoss.class, AuxiliaryClassifierLoss.HYPERPARAMETERS));
    return keys;
  }

  @Override
  protected long defaultSteps() {
    return 1500;
  }
}
