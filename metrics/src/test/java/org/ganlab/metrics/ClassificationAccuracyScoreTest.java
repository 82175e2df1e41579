package org.ganlab.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.seed.Seeds;
import org.ganlab.metrics.features.ClassifierRecipe;
import org.junit.jupiter.api.Test;

/**
 * The Classification Accuracy Score on real images standing in for a conditional generator's: with
 * the right labels it is a classifier's ordinary test accuracy, with every label moved to the next
 * class (a generator that draws class c + 1 when asked for c) it falls to almost nothing, and with
 * labels unrelated to the images (a generator that ignores its label) to chance.
 */
class ClassificationAccuracyScoreTest {
  private static final FashionMnist FASHION = FashionMnist.embedded();
  private static final ClassifierRecipe RECIPE = new ClassifierRecipe(100, 64, 1e-3);
  private static final int N = 2_000;

  /** The first {@code N} training images with {@code labels} in place of their own. */
  private static ImageDataset relabelled(int[] labels) {
    ImageDataset train = FASHION.train().slice(0, N);
    byte[] pixels = new byte[N * train.imageSize()];
    train.pixelsReadOnly().get(pixels);
    return ImageDataset.ofPixels("relabelled", N, 28, 28, 1, pixels, labels, 10);
  }

  private static double score(ImageDataset images) {
    return new ClassificationAccuracyScore(RECIPE, new Seeds(3))
        .score(images, FASHION.test().slice(0, N));
  }

  @Test
  void rightLabelsScoreAsAClassifierWrongOnesFarBelowAndUnrelatedOnesAtChance() {
    int[] own = FASHION.train().slice(0, N).labels();
    int[] next = new int[N];
    int[] unrelated = new int[N];
    for (int i = 0; i < N; i++) {
      next[i] = (own[i] + 1) % 10;
      // Labels of other images: the same class shares, no relation to these images.
      unrelated[i] = own[(i + N / 2) % N];
    }
    double right = score(relabelled(own));
    double shifted = score(relabelled(next));
    double random = score(relabelled(unrelated));
    System.out.printf("CAS right %.4f, shifted %.4f, unrelated %.4f%n", right, shifted, random);
    assertThat(right).isGreaterThan(0.7);
    // Class c is predicted as c + 1: right only where the classifier errs onto the true class.
    assertThat(shifted).isLessThan(0.05);
    assertThat(random).isBetween(0.03, 0.25);
  }
}
