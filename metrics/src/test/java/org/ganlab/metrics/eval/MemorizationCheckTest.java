package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.seed.Seeds;
import org.ganlab.metrics.Memorization;
import org.ganlab.metrics.features.FashionClassifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The memorization check on two stand-in generators: one that copies training images (every sample
 * sits on the training set, and its picture pairs each sample with itself) and one that draws
 * held-out test images (as close to the training set as new images of the data are).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemorizationCheckTest {
  private static final int N = 200;
  private static final int PAIRS = 4;
  private ImageDataset train;
  private ImageDataset test;
  private ImageDataset unseen;
  private FashionClassifier classifier;

  @BeforeAll
  void load() {
    FashionMnist fashion = FashionMnist.embedded();
    train = fashion.train().slice(0, 2_000);
    test = fashion.test().slice(0, 1_000);
    unseen = fashion.test().slice(1_000, 1_000 + N);
    classifier = FashionClassifier.pretrained();
  }

  @AfterAll
  void close() {
    classifier.close();
  }

  private static FixedSampler imagesOf(ImageDataset images, int stride) {
    return new FixedSampler(
        new int[] {28, 28, 1},
        0,
        i -> images.batchOf(new int[] {(i * stride) % images.n()}).values());
  }

  private MemorizationCheck.Outcome check(FixedSampler sampler) {
    return MemorizationCheck.run(sampler, new Seeds(0), N, classifier, train, test, PAIRS, null);
  }

  @Test
  void aGeneratorThatCopiesTrainingImagesIsCaughtAndPicturedBesideThem() {
    MemorizationCheck.Outcome o = check(imagesOf(train, 7));
    Memorization m = o.memorization();
    assertThat(m.threshold()).isPositive();
    assertThat(m.shareBelowThreshold()).isEqualTo(1.0);
    // Zero up to the float rounding of features extracted in other batches.
    assertThat(java.util.Arrays.stream(m.generated().distances()).max().orElseThrow())
        .isLessThan(1e-4 * m.threshold());
    // Each of the 4 pairs (scale 2, one-pixel gaps, one row): the sample's cell equals its
    // nearest training image's cell.
    ImageGrid.Tiled p = o.picture();
    int cell = 28 * 2;
    assertThat(p.width()).isEqualTo(2 * PAIRS * (cell + 1) + 1);
    assertThat(p.height()).isEqualTo(cell + 2);
    for (int k = 0; k < PAIRS; k++) {
      int sample = 1 + 2 * k * (cell + 1);
      int neighbour = sample + cell + 1;
      for (int y = 1; y <= cell; y++) {
        for (int x = 0; x < cell; x++) {
          assertThat(p.pixels()[y * p.width() + neighbour + x])
              .isEqualTo(p.pixels()[y * p.width() + sample + x]);
        }
      }
    }
  }

  @Test
  void aGeneratorOfNewImagesOfTheDataLiesAsFarAsTheTestImages() {
    Memorization m = check(imagesOf(unseen, 1)).memorization();
    // By construction about 1 % of new images fall below the test distances' 1st percentile.
    assertThat(m.shareBelowThreshold()).isLessThan(0.05);
    assertThat(m.medianGenerated()).isCloseTo(m.medianTest(), withinPercentage(20));
  }

  @Test
  void refusesSamplesOfAnotherShape() {
    FixedSampler rgb = new FixedSampler(new int[] {28, 28, 3}, 0, i -> new float[28 * 28 * 3]);
    assertThatThrownBy(() -> check(rgb))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the generator makes examples of shape [28, 28, 3]")
        .hasMessageContaining("the training images are [28, 28, 1]");
  }
}
