package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;

/** Area averaging against block means worked out by hand. */
class AreaDownsamplingTest {
  @Test
  void factorTwoAveragesEachTwoByTwoBlock() {
    // 4x4, one channel:
    //   0.0  0.2 | 0.4  0.4
    //   0.4  0.2 | 0.4  0.4
    //  ----------+---------
    //  -1.0 -1.0 | 1.0 -1.0
    //  -1.0 -1.0 | 0.6  0.2
    // block means: (0 + 0.2 + 0.4 + 0.2) / 4 = 0.2, 0.4, -1, (1 - 1 + 0.6 + 0.2) / 4 = 0.2
    float[] img = {
      0f, 0.2f, 0.4f, 0.4f, 0.4f, 0.2f, 0.4f, 0.4f, -1f, -1f, 1f, -1f, -1f, -1f, 0.6f, 0.2f
    };
    float[] out = new AreaDownsampling(2).apply(img, new int[] {1, 4, 4, 1});
    assertThat(out).containsExactly(new float[] {0.2f, 0.4f, -1f, 0.2f}, within(1e-6f));
  }

  @Test
  void channelsAndImagesAreAveragedSeparately() {
    // Two 2x2 images of two channels, factor 2: one output pixel per image and channel.
    // image 0: channel 0 = 1, 2, 3, 4 -> 2.5; channel 1 = -1 each -> -1
    // image 1: channel 0 = 0, 0, 0, 1 -> 0.25; channel 1 = 1, -1, 1, -1 -> 0
    float[] img = {1, -1, 2, -1, 3, -1, 4, -1, 0, 1, 0, -1, 0, 1, 1, -1};
    float[] out = new AreaDownsampling(2).apply(img, new int[] {2, 2, 2, 2});
    assertThat(out).containsExactly(new float[] {2.5f, -1f, 0.25f, 0f}, within(1e-6f));
  }

  @Test
  void factorFourTurnsFashionMnistIntoSevenBySevenPairsOfTheOriginals() {
    // 28x28 images whose 4x4 blocks hold 0..15 in -1 + k/8 steps: every block's mean is
    // -1 + 7.5/8 = -0.0625.
    int n = 3;
    float[] img = new float[n * 28 * 28];
    for (int i = 0; i < img.length; i++) {
      int y = (i / 28) % 28;
      int x = i % 28;
      img[i] = -1 + ((y % 4) * 4 + x % 4) / 8f;
    }
    float[] out = new AreaDownsampling(4).apply(img, new int[] {n, 28, 28, 1});
    assertThat(out).hasSize(n * 49);
    for (float v : out) {
      assertThat(v).isCloseTo(-0.0625f, within(1e-6f));
    }
    assertThat(new AreaDownsampling(4).outputShape(new int[] {28, 28, 1})).containsExactly(7, 7, 1);
    assertThat(new AreaDownsampling(2).outputShape(new int[] {28, 28, 1}))
        .containsExactly(14, 14, 1);
  }

  @Test
  void pairedTranslationGivesLowResolutionInputsAndTheOriginalsAsTargets() {
    byte[] pixels = new byte[2 * 28 * 28];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) (i * 7);
    }
    ImageDataset data = ImageDataset.ofPixels("tiny", 2, 28, 28, 1, pixels, new int[] {3, 5}, 10);
    PairedTranslation pairs = new PairedTranslation(data, new Seeds(1), new AreaDownsampling(4));
    assertThat(pairs.inputShape()).containsExactly(7, 7, 1);
    assertThat(pairs.targetShape()).containsExactly(28, 28, 1);
    PairedBatch b = pairs.batch(0, 2);
    assertThat(b.input().shape()).containsExactly(2, 7, 7, 1);
    assertThat(b.target().labels()).isEqualTo(b.input().labels());
    assertThat(b.input().values())
        .containsExactly(
            new AreaDownsampling(4).apply(b.target().values(), new int[] {2, 28, 28, 1}));
  }

  @Test
  void rejectsSidesThatAreNotMultiplesOfTheFactor() {
    assertThatThrownBy(
            () -> new AreaDownsampling(3).apply(new float[28 * 28], new int[] {1, 28, 28, 1}))
        .hasMessageContaining("multiples");
    assertThatThrownBy(() -> new AreaDownsampling(1)).hasMessageContaining("at least 2");
  }
}
