package org.ganlab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ganlab.core.data.Batch;
import org.ganlab.core.data.ImageDataset;
import org.junit.jupiter.api.Test;

/** The pixel baseline's scores on 2 x 2 images, against distances worked out by hand. */
class PixelNearestNeighbourScorerTest {
  /** Pixels 0 and 255 scale to -1 and 1: black, white, and black with a white top-left pixel. */
  private static final ImageDataset NORMAL =
      ImageDataset.ofPixels(
          "normal",
          3,
          2,
          2,
          1,
          new byte[] {
            0, 0, 0, 0, (byte) 255, (byte) 255, (byte) 255, (byte) 255, (byte) 255, 0, 0, 0
          },
          null,
          0);

  @Test
  void scoreIsTheEuclideanDistanceToTheNearestNormalImage() {
    float[] examples = {
      1, -1, -1, -1, // the third normal image itself: 0
      0, 0, 0, 0, // grey: 2 from each of the three
      1, 1, -1, -1, // one pixel from the third (2), two from the others (sqrt 8)
      -1, -1, -1, 0.5f // 1.5 from black
    };
    double[] scores =
        new PixelNearestNeighbourScorer(NORMAL)
            .scores(new Batch(new int[] {4, 2, 2, 1}, examples, null));
    assertThat(scores).containsExactly(new double[] {0, 2, 2, 1.5}, within(1e-6));
  }

  @Test
  void refusesExamplesOfAnotherSizeAndAnEmptyNormalSet() {
    PixelNearestNeighbourScorer scorer = new PixelNearestNeighbourScorer(NORMAL);
    assertThatThrownBy(() -> scorer.scores(new Batch(new int[] {1, 3, 3, 1}, new float[9], null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("examples of 9 values, the reference images have 4");
    assertThatThrownBy(() -> new PixelNearestNeighbourScorer(NORMAL.slice(0, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no normal images");
  }
}
