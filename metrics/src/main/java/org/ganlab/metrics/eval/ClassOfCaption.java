package org.ganlab.metrics.eval;

import org.ganlab.core.data.captions.CaptionAttributes;
import org.ganlab.core.train.Sampler;

/**
 * A class-conditional sampler as a sampler of the 40 caption combinations: combination c draws the
 * garment it names, class c / 4.
 *
 * @param classes the sampler of the 10 Fashion-MNIST classes
 */
record ClassOfCaption(Sampler classes) implements Sampler {
  @Override
  public int[] exampleShape() {
    return classes.exampleShape();
  }

  @Override
  public int numClasses() {
    return CaptionAttributes.COMBINATIONS;
  }

  @Override
  public float[] sample(long[] seedPair, int n, int[] labels) {
    int[] garments = new int[n];
    for (int i = 0; i < n; i++) {
      garments[i] = CaptionAttributes.ofId(labels[i]).label();
    }
    return classes.sample(seedPair, n, garments);
  }
}
