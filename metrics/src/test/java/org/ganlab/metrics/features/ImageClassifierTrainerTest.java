package org.ganlab.metrics.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataSource;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;

class ImageClassifierTrainerTest {
  private static final FashionMnist FASHION = FashionMnist.embedded();

  @Test
  void learnsFashionMnistFromAFewHundredStepsAndIsReproducible() {
    ImageDataset train = FASHION.train().slice(0, 2000);
    ImageDataset test = FASHION.test().slice(0, 1000);
    ClassifierRecipe recipe = new ClassifierRecipe(120, 64, 1e-3);
    Seeds seeds = new Seeds(3);
    int[] first;
    try (TrainedImageClassifier c =
        ImageClassifierTrainer.train(new ImageDataSource(train, seeds), recipe, seeds, null)) {
      // Chance is 0.10; 120 steps on 2,000 images are far above it.
      assertThat(c.accuracy(test)).isGreaterThan(0.7);
      assertThat(c.finalLoss()).isLessThan(1.0);
      first = c.predict(test);
      ImageDataset wrongShape =
          ImageDataset.ofPixels("tiny", 1, 2, 2, 1, new byte[4], new int[] {0}, 10);
      assertThatThrownBy(() -> c.predict(wrongShape))
          .hasMessageContaining("trained on images of shape [28, 28, 1]");
    }
    try (TrainedImageClassifier again =
        ImageClassifierTrainer.train(new ImageDataSource(train, seeds), recipe, seeds, null)) {
      assertThat(again.predict(test)).isEqualTo(first);
    }
  }

  @Test
  void refusesUnlabelledData() {
    ImageDataset noLabels = ImageDataset.ofPixels("x", 1, 28, 28, 1, new byte[28 * 28], null, 0);
    assertThatThrownBy(
            () ->
                ImageClassifierTrainer.train(
                    new ImageDataSource(noLabels, new Seeds(1)),
                    new ClassifierRecipe(1, 1, 1e-3),
                    new Seeds(1),
                    null))
        .hasMessageContaining("labelled images of at least 2 classes");
  }
}
