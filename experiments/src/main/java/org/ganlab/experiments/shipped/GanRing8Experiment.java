package org.ganlab.experiments.shipped;

import org.ganlab.core.data.GaussianMixture2D;

/**
 * {@code MlpGan.standard().training()} (non-saturating loss, Adam(1e-4, 0.5, 0.999), batch 256) on
 * the ring of 8 Gaussians. Default 10,000 steps: the MLP step takes a few milliseconds.
 */
public final class GanRing8Experiment extends MixtureExperiment {
  @Override
  public String name() {
    return "gan-ring8";
  }

  @Override
  public String description() {
    return "MLP GAN, non-saturating loss, 2D ring of 8 Gaussians (mode collapse)";
  }

  @Override
  protected GaussianMixture2D mixture() {
    return GaussianMixture2D.ring8();
  }

  @Override
  protected long defaultSteps() {
    return 10_000;
  }
}
