package org.ganlab.core.train;

import java.util.List;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * What a family's model shows to the training diagnostics ({@code hooks.DiagnosticOps}): the
 * networks each loss trains, the generated batch whose gradient tells whether the generator still
 * learns, and the discriminator's raw outputs on real and generated inputs. A model with one
 * generator side and one discriminator implements it (a single GAN, the BiGAN, pix2pix and SRGAN,
 * text-to-image); CycleGAN's two pairs do not.
 */
public interface DiagnosticTargets {
  /** {@return the networks the generator loss trains, in checkpoint order} */
  List<Network<TFloat32>> generatorNetworks();

  /** {@return the networks the discriminator loss trains} */
  List<Network<TFloat32>> discriminatorNetworks();

  /** {@return the generated batch (training mode) the generator loss is differentiated against} */
  Operand<TFloat32> generatedData();

  /** {@return the discriminator's raw outputs (logits or critic values) on the real inputs} */
  Operand<TFloat32> realScores();

  /** {@return the discriminator's raw outputs on the generated inputs} */
  Operand<TFloat32> generatedScores();
}
