package org.ganlab.experiments.shipped;

import org.ganlab.core.data.GaussianMixture2D;

/**
 * The WGAN-GP recipe on the MLP and the 5x5 grid (see {@link WganGpMixtureExperiment}: MLP
 * networks, batch 256, Wasserstein loss, gradient penalty lambda 10, n_critic 5, Adam(1e-4, 0,
 * 0.9)). Default 3000 steps (15,000 critic updates).
 */
public final class WganGpGrid25Experiment extends WganGpMixtureExperiment {
  @Override
  public String name() {
    return "wgan-gp-grid25";
  }

  @Override
  public String description() {
    return "MLP WGAN-GP, n_critic 5, 2D grid of 25 Gaussians";
  }

  @Override
  protected GaussianMixture2D mixture() {
    return GaussianMixture2D.grid25();
  }

  @Override
  protected long defaultSteps() {
    return 3000;
  }
}
