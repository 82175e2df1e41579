package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;

class StackedFashionMnistTest {
  @Test
  void labelEncodesTheThreeChannelClasses() {
    assertThat(StackedFashionMnist.label(9, 0, 3)).isEqualTo(903);
    assertThat(StackedFashionMnist.label(0, 0, 7)).isEqualTo(7);
    assertThat(StackedFashionMnist.channelClasses(903)).containsExactly(9, 0, 3);
    assertThat(StackedFashionMnist.channelClasses(58)).containsExactly(0, 5, 8);
  }

  @Test
  void channelsAreTheDrawnImagesAndLabelsMatchThem() {
    ImageDataset train = FashionMnist.embedded().train();
    StackedFashionMnist stacked = new StackedFashionMnist(train, new Seeds(4));
    Batch b = stacked.batch(3, 16);

    assertThat(b.shape()).containsExactly(16, 28, 28, 3);
    assertThat(stacked.shape()).containsExactly(28, 28, 3);
    assertThat(stacked.numClasses()).isEqualTo(1000);
    for (int c = 0; c < 3; c++) {
      int[] idx = stacked.order(c).batch(3, 16);
      for (int k = 0; k < 16; k++) {
        assertThat(StackedFashionMnist.channelClasses(b.labels()[k])[c])
            .isEqualTo(train.label(idx[k]));
        for (int y : new int[] {0, 10, 27}) {
          for (int x : new int[] {0, 14, 27}) {
            float v = b.values()[((k * 28 + y) * 28 + x) * 3 + c];
            assertThat(v).isEqualTo(PixelScaling.scale(train.pixel(idx[k], y, x, 0)));
          }
        }
      }
    }
  }

  @Test
  void channelsAreDrawnIndependently() {
    ImageDataset train = FashionMnist.embedded().train();
    StackedFashionMnist stacked = new StackedFashionMnist(train, new Seeds(4));
    assertThat(stacked.order(0).permutation(0)).isNotEqualTo(stacked.order(1).permutation(0));
    assertThat(stacked.order(1).permutation(0)).isNotEqualTo(stacked.order(2).permutation(0));
  }

  @Test
  void batchesAreDeterministicPerStepAndCoverManyModes() {
    ImageDataset train = FashionMnist.embedded().train();
    StackedFashionMnist a = new StackedFashionMnist(train, new Seeds(8));
    StackedFashionMnist b = new StackedFashionMnist(train, new Seeds(8));
    b.batch(50, 64);
    assertThat(b.batch(5, 64)).isEqualTo(a.batch(5, 64));
    assertThat(new StackedFashionMnist(train, new Seeds(9)).batch(5, 64))
        .isNotEqualTo(a.batch(5, 64));

    Set<Integer> modes = new HashSet<>();
    for (long s = 0; s < 100; s++) {
      for (int l : a.batch(s, 100).labels()) {
        assertThat(l).isBetween(0, 999);
        modes.add(l);
      }
    }
    // 10,000 uniform draws over 1000 modes miss a given mode with probability e^-10.
    assertThat(modes).hasSize(1000);
  }

  @Test
  void rejectsColourOrUnlabelledBases() {
    ImageDataset rgb = ImageDataset.ofPixels("rgb", 2, 2, 2, 3, new byte[24], new int[] {0, 1}, 2);
    assertThatThrownBy(() -> new StackedFashionMnist(rgb, new Seeds(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grayscale");
    ImageDataset unlabelled = ImageDataset.ofPixels("u", 2, 2, 2, 1, new byte[8], null, 0);
    assertThatThrownBy(() -> new StackedFashionMnist(unlabelled, new Seeds(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("labels");
  }
}
