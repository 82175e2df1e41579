package org.ganlab.models;

import org.ganlab.core.config.EnumKeys;

/** The topology of {@link CycleGan}'s generators, its key {@code generator}. */
public enum GeneratorTopology {
  /** The ResNet generator of Johnson et al. 2016, the paper's. */
  RESNET,
  /**
   * pix2pix's U-Net (Isola et al. 2017, {@link UNetGenerator}): the encoder's activations at each
   * resolution are concatenated to the decoder's, so an input's outline reaches the output
   * directly.
   */
  UNET;

  /** {@return the key's text, e.g. {@code unet}} */
  public String key() {
    return EnumKeys.key(this);
  }

  /**
   * {@return the topology named by {@code text}}
   *
   * @param text {@code resnet} or {@code unet}
   * @throws IllegalArgumentException naming the text and the choices otherwise
   */
  public static GeneratorTopology parse(String text) {
    return EnumKeys.parse(GeneratorTopology.class, "generator", text);
  }
}
