package org.ganlab.experiments.shipped;

import org.ganlab.core.data.GaussianMixture2D;

/**
 * The WGAN-GP recipe on the MLP and the ring of 8 Gaussians (see {@link WganGpMixtureExperiment}:
 * MLP networks, batch 256, Wasserstein loss, gradient penalty lambda 10, n_critic 5, Adam(1e-4, 0,
 * 0.9)). Default 3000 steps (15,000 critic updates).
 */
public final class WganGpRing8Experiment extends WganGpMixtureExperiment {
  @Override
  public String name() {
    return "wgan-gp-ring8";
  }

  @Override
  public String description() {
    return "MLP WGAN-GP, n_critic 5, 2D ring of 8 Gaussians";
  }

  @Override
  protected GaussianMixture2D mixture() {
    return GaussianMixture2D.ring8();
  }

  @Override
  protected long defaultSteps() {
    return 3000;
  }
}
