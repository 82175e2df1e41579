package org.ganlab.experiments.shipped;

import org.ganlab.core.data.GaussianMixture2D;

/**
 * {@code MlpGan.standard().training()} (non-saturating loss, Adam(1e-4, 0.5, 0.999), batch 256) on
 * the 5x5 grid of 25 Gaussians. Default 10,000 steps.
 */
public final class GanGrid25Experiment extends MixtureExperiment {
  @Override
  public String name() {
    return "gan-grid25";
  }

  @Override
  public String description() {
    return "MLP GAN, non-saturating loss, 2D grid of 25 Gaussians (mode collapse)";
  }

  @Override
  protected GaussianMixture2D mixture() {
    return GaussianMixture2D.grid25();
  }

  @Override
  protected long defaultSteps() {
    return 10_000;
  }
}
