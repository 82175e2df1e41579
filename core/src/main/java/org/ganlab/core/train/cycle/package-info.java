/**
 * The CycleGAN-style family for unpaired image-to-image translation (Zhu et al. 2017): {@link
 * org.ganlab.core.train.cycle.CycleGanModel} holds one {@link org.ganlab.core.train.GanModel} per
 * direction plus the reconstructions, {@link org.ganlab.core.train.cycle.CycleGanFamily} builds its
 * spine for the one {@link org.ganlab.core.train.GanTrainer}, and {@link
 * org.ganlab.core.train.cycle.Translator} runs the trained generators. Concrete networks and losses
 * live in the models module.
 */
package org.ganlab.core.train.cycle;
