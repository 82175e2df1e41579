package org.ganlab.experiments.shipped;

import org.ganlab.models.ConditionalGan;

/**
 * AC-GAN on Fashion-MNIST with the preset's recipe ({@code ConditionalGan.acgan(10).training()}:
 * non-saturating loss plus the {@code AuxiliaryClassifierLoss} regularizer, Adam(2e-4, 0.5,
 * 0.999), batch 100). Default 1500 steps (two and a half epochs).
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
  protected long defaultSteps() {
    return 1500;
  }
}
