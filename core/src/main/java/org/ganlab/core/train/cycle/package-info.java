/**
 * Two-generator, two-discriminator training for unpaired image-to-image translation
 * (CycleGAN-style, Zhu et al. 2017): {@link org.ganlab.core.train.cycle.CycleGanModel} holds one
 * {@link org.ganlab.core.train.GanModel} per direction plus the reconstructions, and {@link
 * org.ganlab.core.train.cycle.CycleGanTrainer} runs its updates under the same determinism rules
 * as the single-GAN trainer. Concrete networks and losses live in the models module.
 */
package org.ganlab.core.train.cycle;
