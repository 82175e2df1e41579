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
 * <p>The domains may differ in channels (grayscale and colour): G maps examples of {@link
 * #exampleShape()} (domain A) to {@link #exampleShapeB()}, F the other way. Identity losses, which
 * feed a domain's images to the generator that maps into it, exist only where both shapes agree.
 */
public interface CycleGanArchitecture {
  /**
   * Builds a translation generator under the scope {@code name}.
   *
   * @param tf the ops of the graph to build into
   * @param name the scope name of the generator's variables
   * @param seeds the seeds the initial weights are derived from
   * @param from the per-example shape of the domain it reads
   * @param to the per-example shape of the domain it writes
   * @return the generator, mapping images of one domain to the other
   */
  GeneratorNet buildGenerator(Ops tf, String name, Seeds seeds, int[] from, int[] to);

  /**
   * Builds a discriminator under the scope {@code name}.
   *
   * @param tf the ops of the graph to build into
   * @param name the scope name of the discriminator's variables
   * @param seeds the seeds the initial weights are derived from
   * @param shape the per-example shape of the domain it judges
   * @return the discriminator
   */
  DiscriminatorNet buildDiscriminator(Ops tf, String name, Seeds seeds, int[] shape);

  /** {@return the per-example shape of domain A, e.g. {28, 28, 1}} */
  int[] exampleShape();

  /** {@return the per-example shape of domain B; domain A's unless the channels differ} */
  default int[] exampleShapeB() {
    return exampleShape();
  }

  /** {@return every hyperparameter, for provenance and config files} */
  Map<String, Object> hyperparameters();
}
