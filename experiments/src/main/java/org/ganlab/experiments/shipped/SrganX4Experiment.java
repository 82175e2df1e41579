package org.ganlab.experiments.shipped;

/**
 * {@code srgan-x4}: SRGAN from 7x7 area-averaged Fashion-MNIST images to the 28x28 originals, the
 * factor of the paper's results (see {@link SuperResolutionExperiment}).
 */
public final class SrganX4Experiment extends SuperResolutionExperiment {
  @Override
  protected int factor() {
    return 4;
  }
}
