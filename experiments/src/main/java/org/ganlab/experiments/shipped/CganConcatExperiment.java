package org.ganlab.experiments.shipped;

import org.ganlab.models.ConditionalGan;

/**
 * Conditional GAN with input concatenation on Fashion-MNIST (Mirza and Osindero 2014, on DCGAN
 * networks), with the preset's recipe ({@code ConditionalGan.concat(10).training()}: non-saturating
 * loss, Adam(2e-4, 0.5, 0.999), batch 64): the one-hot label is concatenated to z and appended to
 * the discriminator's input as ten 28x28 planes. Default 1500 steps.
 */
public final class CganConcatExperiment extends ConditionalExperiment {
  @Override
  public String name() {
    return "cgan-concat";
  }

  @Override
  public String description() {
    return "conditional GAN, label concatenated to z and to D's input, Fashion-MNIST"
        + " (Mirza and Osindero 2014)";
  }

  @Override
  protected ConditionalGan architecture() {
    return ConditionalGan.concat(classes());
  }

  @Override
  protected long defaultSteps() {
    return 1500;
  }
}
