/**
 * Stabilizers that GAN papers add to a network or to the data a discriminator sees: spectral
 * normalization (dense, conv and embedding layers), self-attention, conditional batch norm,
 * DiffAugment and CycleGAN's image pool. Each is a plain graph building block with its paper in its
 * javadoc; the presets in {@code org.ganlab.models} combine the layers into architectures, and
 * DiffAugment and {@link org.ganlab.models.stabilizers.ImagePoolHistory} plug into the trainer as
 * core's {@code Augmentation} and {@code GeneratedHistory}.
 */
package org.ganlab.models.stabilizers;
