package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.TreeSet;
import org.ganlab.core.config.Hyperparameters;
import org.junit.jupiter.api.Test;

class ClassSubsetTest {
  /** Ten 1x1 images: labels 0,1,0,1,... and pixel value = index. */
  private static ImageDataset tenImages() {
    byte[] pixels = new byte[10];
    int[] labels = new int[10];
    for (int i = 0; i < 10; i++) {
      pixels[i] = (byte) i;
      labels[i] = i % 2;
    }
    return ImageDataset.ofPixels("ten", 10, 1, 1, 1, pixels, labels, 2);
  }

  @Test
  void keepsTheFirstFractionOfEachMinorityClassInFileOrder() {
    ImageDataset thinned = new ClassSubset(new TreeSet<>(Set.of(1)), 0.4).apply(tenImages());
    // Class 1 is images 1,3,5,7,9: 0.4 of 5 keeps 1 and 3; class 0 stays whole.
    assertThat(thinned.n()).isEqualTo(7);
    assertThat(thinned.labels()).containsExactly(0, 1, 0, 1, 0, 0, 0);
    assertThat(thinned.pixel(3, 0, 0, 0)).isEqualTo(3);
    assertThat(thinned.pixel(6, 0, 0, 0)).isEqualTo(8);
    assertThat(thinned.name()).isEqualTo("ten[classes 1 at 0.4]");
  }

  @Test
  void aTinyFractionStillKeepsOneImageAndNoneKeepsTheDataset() {
    ImageDataset data = tenImages();
    assertThat(new ClassSubset(new TreeSet<>(Set.of(0, 1)), 1e-4).apply(data).n()).isEqualTo(2);
    assertThat(ClassSubset.none().apply(data)).isSameAs(data);
  }

  @Test
  void aFewShotSubsetKeepsTheFirstImagesOfEveryClassAndCombinesWithAMinority() {
    ImageDataset two = ClassSubset.firstPerClass(2).apply(tenImages());
    // Class 0 is images 0,2,4,...; class 1 is 1,3,5,...: the first two of each, in file order.
    assertThat(two.labels()).containsExactly(0, 1, 0, 1);
    assertThat(two.pixel(2, 0, 0, 0)).isEqualTo(2);
    assertThat(two.name()).isEqualTo("ten[2 per class]");
    // Class 1 thinned to 0.2 of 5 = 1 image; class 0 limited to 3.
    ImageDataset both = new ClassSubset(new TreeSet<>(Set.of(1)), 0.2, 3).apply(tenImages());
    assertThat(both.labels()).containsExactly(0, 1, 0, 0);
    assertThat(both.name()).isEqualTo("ten[classes 1 at 0.2, 3 per class]");
    assertThatThrownBy(() -> ClassSubset.firstPerClass(0)).hasMessageContaining("positive, got 0");
    Hyperparameters hp =
        Hyperparameters.builder()
            .declare(ClassSubset.HYPERPARAMETERS, ClassSubset.none())
            .build()
            .with("images_per_class", "100");
    assertThat(hp.apply(ClassSubset.HYPERPARAMETERS, ClassSubset.none()))
        .isEqualTo(ClassSubset.firstPerClass(100));
  }

  @Test
  void keysParseAndBadValuesAreNamed() {
    Hyperparameters hp =
        Hyperparameters.builder()
            .declare(ClassSubset.HYPERPARAMETERS, ClassSubset.none())
            .build()
            .with("minority_classes", "4, 0,2")
            .with("minority_fraction", "0.1");
    ClassSubset c = hp.apply(ClassSubset.HYPERPARAMETERS, ClassSubset.none());
    assertThat(c.minorityClasses()).containsExactly(0, 2, 4);
    assertThat(c.fraction()).isEqualTo(0.1);
    Hyperparameters bad = hp.with("minority_classes", "0,x");
    assertThatThrownBy(() -> bad.apply(ClassSubset.HYPERPARAMETERS, ClassSubset.none()))
        .hasMessageContaining("minority_classes must be comma-separated class labels, got '0,x'");
    assertThatThrownBy(() -> new ClassSubset(new TreeSet<>(Set.of(2)), 0.5).apply(tenImages()))
        .hasMessageContaining("minority class 2 is not a class of");
  }
}
