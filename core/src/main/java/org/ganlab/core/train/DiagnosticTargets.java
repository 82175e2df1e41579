package org.ganlab.core.train;

import java.util.List;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * What a model shows to the training diagnostics ({@code hooks.DiagnosticOps}): the networks each
 * loss trains, the generated batch whose gradient tells whether the generator still learns, and the
 * discriminator's raw outputs on real and generated inputs. Models with one generator side and one
 * discriminator give theirs ({@link Diagnosable}).
 *
 * @param generatorNetworks the networks the generator loss trains, in checkpoint order
 * @param discriminatorNetworks the networks the discriminator loss trains
 * @param generatedData the generated batch (training mode) the generator loss is differentiated
 *     against
 * @param realScores the discriminator's raw outputs (logits or critic values) on the real inputs
 * @param generatedScores its raw outputs on the generated inputs
 */
public record DiagnosticTargets(
    List<Network<TFloat32>> generatorNetworks,
    List<Network<TFloat32>> discriminatorNetworks,
    Operand<TFloat32> generatedData,
    Operand<TFloat32> realScores,
    Operand<TFloat32> generatedScores) {
  /**
   * Copies the lists.
   *
   * @param generatorNetworks the networks the generator loss trains, in checkpoint order
   * @param discriminatorNetworks the networks the discriminator loss trains
   * @param generatedData the generated batch the generator loss is differentiated against
   * @param realScores the discriminator's raw outputs on the real inputs
   * @param generatedScores its raw outputs on the generated inputs
   */
  public DiagnosticTargets {
    generatorNetworks = List.copyOf(generatorNetworks);
    discriminatorNetworks = List.copyOf(discriminatorNetworks);
  }
}
