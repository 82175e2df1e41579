package org.ganlab.models;

import java.util.List;
import org.ganlab.core.config.Hyperparameter;

/** The keys of {@link CycleGan}, beside it (its record is long enough without them). */
final class CycleGanKeys {
  private CycleGanKeys() {}

  static List<Hyperparameter<CycleGan>> all() {
    return List.of(
        Hyperparameter.ofInt(
            "generator_filters",
            1,
            1024,
            "width of the generators' first layer",
            CycleGan::generatorFilters,
            CycleGan::withGeneratorFilters),
        Hyperparameter.ofInt(
            "residual_blocks",
            0,
            64,
            "residual blocks per generator (the ResNet generator's)",
            CycleGan::residualBlocks,
            CycleGan::withResidualBlocks),
        Hyperparameter.ofInt(
            "discriminator_filters",
            1,
            1024,
            "width of the discriminators' first layer",
            CycleGan::discriminatorFilters,
            CycleGan::withDiscriminatorFilters),
        Hyperparameter.ofBoolean(
            "coordinates",
            "CoordConv: coordinate channels in the generators (needed to learn a flip)",
            CycleGan::coordinates,
            CycleGan::withCoordinates),
        Hyperparameter.ofBoolean(
            "width_mixing",
            "a learned mixing across the width at the generators' bottleneck (WidthMixing)",
            CycleGan::widthMixing,
            CycleGan::withWidthMixing),
        Hyperparameter.ofString(
            "generator",
            "resnet (the paper's) or unet (pix2pix's U-Net, skip connections, no dropout)",
            g -> g.generator().key(),
            (g, v) -> g.withGenerator(GeneratorTopology.parse(v))));
  }
}
