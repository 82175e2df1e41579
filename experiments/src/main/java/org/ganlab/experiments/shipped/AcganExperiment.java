package org.ganlab.experiments.shipped;

import org.ganlab.experiments.Hyperparameters;
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

  @Override
  protected Hyperparameters.Builder extraKeys(Hyperparameters.Builder b) {
    return b.doubleParam(
        "aux_weight",
        1,
        0,
        1e3,
        "weight of the auxiliary classifier terms of D and G (the paper's 1)");
  }

  @Override
  protected TrainingPreset applyExtraKeys(TrainingPreset p, Hyperparameters hp) {
    // Only the auxiliary term changes; any other regularizer of the recipe stays.
    double w = hp.getDouble("aux_weight");
    return p.withRegularizers(
        p.regularizers().stream()
            .map(r -> r instanceof AuxiliaryClassifierLoss ? new AuxiliaryClassifierLoss(w) : r)
            .toList());
  }

  @Override
  protected long defaultSteps() {
    return 1500;
  }
}
