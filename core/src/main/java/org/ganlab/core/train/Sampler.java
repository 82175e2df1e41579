package org.ganlab.core.train;

/**
 * Anything that turns a count and a seed into examples: a trained generator, a loaded checkpoint, a
 * reference mapping. The evaluation pipelines of the metrics module score a sampler, so any
 * generator can be evaluated the same way.
 *
 * <p>The same arguments must give the same examples.
 */
public interface Sampler {
  /** {@return the shape of one example, e.g. {28, 28, 1}} */
  int[] exampleShape();

  /** {@return the classes a conditional sampler takes labels for; 0 if it takes none} */
  default int numClasses() {
    return 0;
  }

  /**
   * {@return {@code n} examples, flattened (NHWC for images), from the randomness of {@code
   * seedPair}}
   *
   * @param seedPair the [2] seed of the latent codes
   * @param n the number of examples
   * @param labels requested classes (length n, each in [0, numClasses)) for a conditional sampler,
   *     else null
   */
  float[] sample(long[] seedPair, int n, int[] labels);
}
