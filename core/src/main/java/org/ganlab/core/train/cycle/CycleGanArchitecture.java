package org.ganlab.core.train.cycle;

import java.util.Map;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.DiscriminatorNet;
import org.ganlab.core.train.GeneratorNet;
import org.tensorflow.op.Ops;

/**
 * The networks of a CycleGAN-style translation model (Zhu et al. 2017, "Unpaired Image-to-Image
 * Translation using Cycle-Consistent Adversarial Networks"): one generator topology used for both
 * directions and one discriminator topology used for both domains.
 *
 * <p>A translation generator is a {@link GeneratorNet} whose input is not a latent code but a batch
 * of source-domain images: {@code generate(images, null, mode)} returns the translated images of
 * the same shape. Reusing the interface is what lets each direction be a plain {@link
 * org.ganlab.core.train.GanModel}, so every loss and regularizer of the single-GAN spine applies to
 * it unchanged. Its {@code latentDim()} is the size of one flattened image.
 *
 * <p>Both domains have the same example shape (identity losses feed a domain's images to the
 * generator that maps into it).
 */
public interface CycleGanArchitecture {
  /**
   * Builds a translation generator under the scope {@code name}.
   *
   * @param tf the ops of the graph to build into
   * @param name the scope name of the generator's variables
   * @param seeds the seeds the initial weights are derived from
   * @return the generator, mapping images of one domain to the other
   */
  GeneratorNet buildGenerator(Ops tf, String name, Seeds seeds);

  /**
   * Builds a discriminator under the scope {@code name}.
   *
   * @param tf the ops of the graph to build into
   * @param name the scope name of the discriminator's variables
   * @param seeds the seeds the initial weights are derived from
   * @return the discriminator
   */
  DiscriminatorNet buildDiscriminator(Ops tf, String name, Seeds seeds);

  /** {@return the per-example shape of both domains, e.g. {28, 28, 1}} */
  int[] exampleShape();

  /** {@return every hyperparameter, for provenance and config files} */
  Map<String, Object> hyperparameters();
}
