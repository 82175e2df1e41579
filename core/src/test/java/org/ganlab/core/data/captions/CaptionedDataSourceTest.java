package org.ganlab.core.data.captions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;

class CaptionedDataSourceTest {
  private static final int SIDE = 28 * 28;

  // Class 7 (sneaker) images: image i lights i + 1 pixels at value 40 + 50 * (i % 2). With area
  // threshold 2 and intensity threshold 60: images 0, 1 small, 2.. large; even i dark, odd light.
  private static ImageDataset sneakers(int n) {
    byte[] pixels = new byte[n * SIDE];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = 7;
      for (int k = 0; k <= i; k++) {
        pixels[i * SIDE + k] = (byte) (40 + 50 * (i % 2));
      }
    }
    return ImageDataset.ofPixels("sneakers", n, 28, 28, 1, pixels, labels, 10);
  }

  private static CaptionRules rules() {
    int[] area = new int[10];
    double[] intensity = new double[10];
    area[7] = 2;
    intensity[7] = 60;
    return new CaptionRules(area, intensity);
  }

  @Test
  void captionsEachImageAndRemovesHeldOutCombinations() {
    CaptionAttributes heldOut = new CaptionAttributes(7, Brightness.DARK, GarmentSize.LARGE);
    CaptionedDataSource data =
        new CaptionedDataSource(sneakers(6), rules(), List.of(heldOut), new Seeds(1));
    // Images 2 and 4 are large and dark: removed.
    assertThat(data.size()).isEqualTo(4);
    assertThat(data.trainingCombinations())
        .containsExactly(
            new CaptionAttributes(7, Brightness.DARK, GarmentSize.SMALL).id(),
            new CaptionAttributes(7, Brightness.LIGHT, GarmentSize.SMALL).id(),
            new CaptionAttributes(7, Brightness.LIGHT, GarmentSize.LARGE).id());
    CaptionedBatch b = data.captioned(0, 4);
    for (int i = 0; i < 4; i++) {
      int[] own = Arrays.copyOfRange(b.tokens(), i * 8, i * 8 + 8);
      int[] wrong = Arrays.copyOfRange(b.mismatchedTokens(), i * 8, i * 8 + 8);
      assertThat(own).isEqualTo(CaptionedDataSource.tokens(b.combinations()[i]));
      assertThat(Vocabulary.decode(own)).endsWith(" sneaker").doesNotContain("large dark");
      assertThat(wrong).isNotEqualTo(own);
    }
    assertThat(b.images().labels()).containsOnly(7);
  }

  @Test
  void partialCaptionsLeaveOutAttributeWordsAndTheirMismatchStillReadsDifferently() {
    CaptionedDataSource data =
        new CaptionedDataSource(
            sneakers(6), rules(), List.of(), new Seeds(1), new CaptionDropout(0.5));
    CaptionedDataSource again =
        new CaptionedDataSource(
            sneakers(6), rules(), List.of(), new Seeds(1), new CaptionDropout(0.5));
    Set<Integer> lengths = new HashSet<>();
    for (long step = 0; step < 20; step++) {
      CaptionedBatch b = data.captioned(step, 4);
      assertThat(again.captioned(step, 4)).usingRecursiveComparison().isEqualTo(b);
      for (int i = 0; i < 4; i++) {
        CaptionAttributes truth = CaptionAttributes.ofId(b.combinations()[i]);
        List<String> own = words(b.tokens(), i);
        List<String> wrong = words(b.mismatchedTokens(), i);
        lengths.add(own.size());
        // "a", then the kept attribute words of the true combination, then the noun.
        assertThat(own.get(0)).isEqualTo("a");
        assertThat(own.get(own.size() - 1)).isEqualTo("sneaker");
        boolean size = own.contains(truth.size().word());
        boolean brightness = own.contains(truth.brightness().word());
        assertThat(String.join(" ", own)).isEqualTo(truth.caption(size, brightness));
        // One class only: leaving out both words would leave no caption that reads differently,
        // so at least one stays.
        assertThat(size || brightness).isTrue();
        // The mismatch names the same kinds of attribute, and at least one of them differs.
        assertThat(wrong).hasSameSizeAs(own).isNotEqualTo(own);
        assertThat(
                wrong.contains(GarmentSize.SMALL.word())
                    || wrong.contains(GarmentSize.LARGE.word()))
            .isEqualTo(size);
      }
    }
    // Full captions ("a small dark sneaker", 4 words) and partial ones (3 words) both occur.
    assertThat(lengths).containsExactlyInAnyOrder(3, 4);
  }

  private static List<String> words(int[] tokens, int i) {
    return List.of(Vocabulary.decode(Arrays.copyOfRange(tokens, i * 8, i * 8 + 8)).split(" "));
  }

  @Test
  void batchesArePureFunctionsOfTheStep() {
    CaptionedDataSource a = new CaptionedDataSource(sneakers(6), rules(), List.of(), new Seeds(3));
    CaptionedDataSource b = new CaptionedDataSource(sneakers(6), rules(), List.of(), new Seeds(3));
    assertThat(b.captioned(5, 3)).usingRecursiveComparison().isEqualTo(a.captioned(5, 3));
    assertThat(b.batch(5, 3)).isEqualTo(a.captioned(5, 3).images());
  }

  @Test
  void theDefaultHeldOutSetKeepsEveryWordInTraining() {
    assertThat(CaptionedDataSource.HELD_OUT).hasSize(6);
    assertThat(
            CaptionAttributes.all().stream().filter(c -> !CaptionedDataSource.HELD_OUT.contains(c)))
        .extracting(CaptionAttributes::caption)
        .allSatisfy(c -> assertThat(c).isNotBlank());
    for (CaptionAttributes h : CaptionedDataSource.HELD_OUT) {
      // The three other combinations of its class stay.
      assertThat(CaptionedDataSource.HELD_OUT.stream().filter(o -> o.label() == h.label()))
          .hasSize(1);
    }
  }

  @Test
  void refusesDataThatLeavesOneCaption() {
    assertThatThrownBy(() -> new CaptionedDataSource(sneakers(1), rules(), List.of(), new Seeds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
