package org.ganlab.core.train;

/**
 * A family's model that the training diagnostics can read: one generator side and one discriminator
 * (a single GAN, the BiGAN, pix2pix and SRGAN, text-to-image; CycleGAN's two pairs are not). A
 * {@link GanFamily} whose {@link GanFamily#diagnosable()} is true builds such a model.
 */
public interface Diagnosable {
  /** {@return the networks, generated batch and discriminator outputs the diagnostics read} */
  DiagnosticTargets diagnosticTargets();
}
