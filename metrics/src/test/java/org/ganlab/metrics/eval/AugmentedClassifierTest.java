package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.seed.Seeds;
import org.ganlab.metrics.features.ClassifierRecipe;
import org.junit.jupiter.api.Test;

/**
 * The augmentation suite's classifier on real Fashion-MNIST: it learns from ten images per class,
 * repeats itself for a seed, and mixes in generated images labelled with their class.
 */
class AugmentedClassifierTest {
  private static final FashionMnist FASHION = FashionMnist.embedded();
  private static final ClassifierRecipe RECIPE = new ClassifierRecipe(20, 64, 1e-3);

  @Test
  void aClassifierOnTenImagesPerClassBeatsChanceAndRepeatsForASeed() {
    AugmentedClassifier real = new AugmentedClassifier(10, false, 0, RECIPE, 500);
    double accuracy = real.accuracy(FASHION, null, new Seeds(0));
    System.out.println("10 real images per class, 20 steps: accuracy " + accuracy);
    assertThat(accuracy).isGreaterThan(0.3); // chance is 0.1
    assertThat(real.accuracy(FASHION, null, new Seeds(0))).isEqualTo(accuracy);
    // Shifted images are other training data, so another classifier.
    assertThat(
            new AugmentedClassifier(10, true, 0, RECIPE, 500).accuracy(FASHION, null, new Seeds(0)))
        .isNotEqualTo(accuracy);
  }

  @Test
  void generatedImagesAreBalancedOverTheClassesAndLabelledWithTheirClass() {
    // Class c's image is constant, at the value that PixelScaling quantizes to the byte 10 c.
    FixedSampler generator =
        new FixedSampler(
            new int[] {28, 28, 1},
            10,
            c -> {
              float[] x = new float[28 * 28];
              Arrays.fill(x, (float) (10 * c / 127.5 - 1));
              return x;
            });
    ImageDataset images = AugmentedClassifier.generatedImages(generator, 25, new Seeds(3));
    assertThat(images.n()).isEqualTo(25);
    assertThat(images.labels()).containsExactly(Generation.balancedLabels(25, 10));
    for (int i = 0; i < images.n(); i++) {
      assertThat(images.pixel(i, 27, 13, 0)).isEqualTo(10 * images.label(i));
    }
    assertThat(generator.calls).hasSize(1);
  }

  @Test
  void mixingNeedsGeneratedImagesAndAShareInTheUnitInterval() {
    AugmentedClassifier mixed = new AugmentedClassifier(10, false, 0.5, RECIPE, 500);
    assertThatThrownBy(() -> mixed.accuracy(FASHION, null, new Seeds(0)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("generated images (generatedFraction > 0) must not be null");
    assertThatThrownBy(() -> new AugmentedClassifier(10, false, 1.5, RECIPE, 500))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("generatedFraction must be in [0, 1], got 1.5");
    assertThatThrownBy(() -> new AugmentedClassifier(0, false, 0, RECIPE, 500))
        .hasMessage("k must be positive, got 0");
  }
}
