package org.ganlab.models;

import org.ganlab.core.nn.BatchNorm;
import org.ganlab.core.nn.InstanceNorm;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.LayerNorm;
import org.ganlab.core.nn.Network;
import org.tensorflow.types.TFloat32;

/**
 * The normalization a network applies after its hidden convolutions.
 *
 * <p>Batch norm (Ioffe and Szegedy 2015) is DCGAN's choice (Radford et al. 2016). A critic trained
 * with a gradient penalty must not use it, because the penalty is per example and batch norm makes
 * each output depend on the whole batch (Gulrajani et al. 2017, section 4): use layer norm (Ba et
 * al. 2016) or none there. Instance norm (Ulyanov et al. 2016) is CycleGAN's.
 */
public enum Normalization {
  /** No normalization; the preceding convolution keeps its bias. */
  NONE("none"),
  /** Batch statistics in training, moving statistics in inference. */
  BATCH_NORM("bn"),
  /** Per example over all non-batch axes. */
  LAYER_NORM("ln"),
  /** Per example and channel over height and width. */
  INSTANCE_NORM("in");

  private final String suffix;

  Normalization(String suffix) {
    this.suffix = suffix;
  }

  /** Whether a layer followed by this normalization needs its own bias (only without one). */
  boolean needsBias() {
    return this == NONE;
  }

  /**
   * The normalization layer for {@code channels} channels, named {@code base + "_" + suffix} (e.g.
   * "conv2_bn"), or an identity for {@link #NONE}.
   */
  Layer<TFloat32> layer(Network<TFloat32> net, String base, long channels) {
    String name = base + "_" + suffix;
    return switch (this) {
      case NONE -> Layer.identity();
      case BATCH_NORM -> new BatchNorm<>(net, name, channels);
      case LAYER_NORM -> new LayerNorm<>(net, name, channels);
      case INSTANCE_NORM -> new InstanceNorm<>(net, name, channels);
    };
  }
}
