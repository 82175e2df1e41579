package org.ganlab.core.train;

import java.util.Map;
import org.ganlab.core.seed.Seeds;
import org.tensorflow.op.Ops;

/**
 * A pair of network topologies (an immutable description, e.g. {@code Dcgan.standard()}) that can
 * build its generator and discriminator into a graph.
 */
public interface GanArchitecture {
  /**
   * Builds a generator under the scope {@code name}, variables initialized from {@code seeds}.
   *
   * @param tf the ops of the graph to build into
   * @param name the scope name of the generator's variables
   * @param seeds the seeds the initial weights are derived from
   * @return the generator
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

  /** {@return the per-example data shape the generator produces, e.g. {28, 28, 1}} */
  int[] exampleShape();

  /** {@return number of classes a conditional architecture is built for; 0 if unconditional} */
  default int numClasses() {
    return 0;
  }

  /** {@return every hyperparameter, for provenance and config files} */
  Map<String, Object> hyperparameters();
}
