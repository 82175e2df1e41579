package org.ganlab.experiments.shipped;

import org.ganlab.models.ConditionalGan;

/**
 * Conditional GAN with a projection discriminator on Fashion-MNIST, with the preset's recipe
 * ({@code ConditionalGan.projection(10).training()}: hinge loss, n_critic 5, Adam(2e-4, 0, 0.9),
 * batch 64). Default 1000 steps (5000 D updates).
 */
public final class CganProjectionExperiment extends ConditionalExperiment {
  @Override
  public String name() {
    return "cgan-projection";
  }

  @Override
  public String description() {
    return "conditional GAN, projection discriminator, hinge loss, Fashion-MNIST"
        + " (Miyato and Koyama 2018)";
  }

  @Override
  protected ConditionalGan architecture() {
    return ConditionalGan.projection(classes());
  }

  @Override
  protected long defaultSteps() {
    return 1000;
  }
}
