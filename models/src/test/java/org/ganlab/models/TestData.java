package org.ganlab.models;

import org.ganlab.core.data.FashionMnist;

/** What several tests of this module train on. */
final class TestData {
  /** The embedded Fashion-MNIST (one instance per JVM). */
  static final FashionMnist FASHION = FashionMnist.embedded();

  /**
   * CycleGAN's recipe on networks of 4 filters and one residual block, batches of 2: a graph that
   * builds and steps quickly, for tests of what the trainer does rather than what it learns.
   */
  static final CycleGanPreset TINY_CYCLE_GAN =
      CycleGan.standard()
          .withGeneratorFilters(4)
          .withDiscriminatorFilters(4)
          .withResidualBlocks(1)
          .training()
          .withBatchSize(2);

  private TestData() {}
}
