/**
 * Stabilizers that GAN papers add to a network or to the data a discriminator sees: spectral
 * normalization, self-attention, conditional batch norm, DiffAugment and CycleGAN's image pool.
 * Each is a plain graph building block with its paper in its javadoc; the presets in {@code
 * org.ganlab.models} combine them into architectures.
 */
package org.ganlab.models.stabilizers;
