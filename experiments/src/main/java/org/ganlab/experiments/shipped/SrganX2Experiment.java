package org.ganlab.experiments.shipped;

/**
 * {@code srgan-x2}: SRGAN from 14x14 area-averaged Fashion-MNIST images to the 28x28 originals (see
 * {@link SuperResolutionExperiment}).
 */
public final class SrganX2Experiment extends SuperResolutionExperiment {
  @Override
  protected int factor() {
    return 2;
  }
}
