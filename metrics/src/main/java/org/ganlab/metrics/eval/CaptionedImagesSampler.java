package org.ganlab.metrics.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.PixelScaling;
import org.ganlab.core.data.captions.CaptionAttributes;
import org.ganlab.core.data.captions.CaptionRules;
import org.ganlab.core.train.Sampler;

/**
 * Real images as a sampler of the 40 caption combinations: for combination c, a uniformly random
 * image of {@code images} that the caption rules caption c (the seed pair chooses which).
 */
final class CaptionedImagesSampler implements Sampler {
  private final ImageDataset images;
  private final int[][] byCombination;

  CaptionedImagesSampler(ImageDataset images) {
    this.images = images;
    int[] combos = CaptionRules.FASHION_MNIST.combinations(images);
    List<List<Integer>> lists = new ArrayList<>();
    for (int c = 0; c < CaptionAttributes.COMBINATIONS; c++) {
      lists.add(new ArrayList<>());
    }
    for (int i = 0; i < combos.length; i++) {
      lists.get(combos[i]).add(i);
    }
    byCombination = new int[CaptionAttributes.COMBINATIONS][];
    for (int c = 0; c < byCombination.length; c++) {
      byCombination[c] = lists.get(c).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  @Override
  public int[] exampleShape() {
    return images.shape();
  }

  @Override
  public int numClasses() {
    return CaptionAttributes.COMBINATIONS;
  }

  @Override
  public float[] sample(long[] seedPair, int n, int[] labels) {
    SplittableRandom random = new SplittableRandom(seedPair[0] * 0x9E3779B97F4A7C15L + seedPair[1]);
    int size = images.imageSize();
    float[] out = new float[n * size];
    for (int i = 0; i < n; i++) {
      int[] candidates = byCombination[labels[i]];
      if (candidates.length == 0) {
        throw new IllegalStateException(
            images.name()
                + " has no image captioned '"
                + CaptionAttributes.ofId(labels[i]).caption()
                + "'");
      }
      PixelScaling.writeScaled(
          images, candidates[random.nextInt(candidates.length)], out, i * size);
    }
    return out;
  }
}
