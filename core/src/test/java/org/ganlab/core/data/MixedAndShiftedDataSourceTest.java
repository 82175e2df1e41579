package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;

class MixedAndShiftedDataSourceTest {
  /** n 1x1 images with pixel value = base + index, all labelled {@code label}. */
  private static ImageDataSource ones(int n, int base, int label) {
    byte[] pixels = new byte[n];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      pixels[i] = (byte) (base + i);
      labels[i] = label;
    }
    return new ImageDataSource(
        ImageDataset.ofPixels("d" + base, n, 1, 1, 1, pixels, labels, 2), new Seeds(1));
  }

  @Test
  void aMixedBatchHoldsTheRoundedShareOfEachSourceAtTheSameStep() {
    ImageDataSource real = ones(8, 0, 0);
    ImageDataSource fake = ones(8, 100, 1);
    MixedDataSource mixed = new MixedDataSource(real, fake, 0.25);
    Batch b = mixed.batch(3, 6);
    // round(6 * 0.25) = 2 from the second source (label 1), 4 from the first, first ones first.
    assertThat(mixed.secondCount(6)).isEqualTo(2);
    assertThat(b.labels()).containsExactly(0, 0, 0, 0, 1, 1);
    Batch r = real.batch(3, 4);
    Batch f = fake.batch(3, 2);
    assertThat(b.values())
        .containsExactly(
            r.values()[0],
            r.values()[1],
            r.values()[2],
            r.values()[3],
            f.values()[0],
            f.values()[1]);
    assertThat(mixed.batch(3, 6)).isEqualTo(b);
    assertThat(new MixedDataSource(real, fake, 0).batch(3, 6)).isEqualTo(real.batch(3, 6));
    assertThat(new MixedDataSource(real, fake, 1).batch(3, 6)).isEqualTo(fake.batch(3, 6));
    assertThatThrownBy(() -> new MixedDataSource(real, fake, 1.5))
        .hasMessageContaining("[0, 1], got 1.5");
  }

  @Test
  void aShiftMovesPixelsAndFillsTheBorderWithBlack() {
    // A 3x3 image 0..8, shifted one down and one left.
    float[] src = {0, 1, 2, 3, 4, 5, 6, 7, 8};
    float[] dst = new float[9];
    ShiftedDataSource.shift(src, dst, 0, 3, 3, 1, 1, -1);
    assertThat(dst).containsExactly(-1, -1, -1, 1, 2, -1, 4, 5, -1);
  }

  @Test
  void shiftedBatchesAreAPureFunctionOfTheStepAndKeepTheirLabels() {
    byte[] pixels = new byte[4 * 5 * 5];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) (i * 7);
    }
    ImageDataSource images =
        new ImageDataSource(
            ImageDataset.ofPixels("img", 4, 5, 5, 1, pixels, new int[] {0, 1, 0, 1}, 2),
            new Seeds(2));
    ShiftedDataSource shifted = new ShiftedDataSource(images, 2, new Seeds(9));
    Batch a = shifted.batch(5, 4);
    assertThat(shifted.batch(5, 4)).isEqualTo(a);
    assertThat(a.labels()).isEqualTo(images.batch(5, 4).labels());
    assertThat(a.values()).isNotEqualTo(images.batch(5, 4).values());
    assertThat(shifted.batch(6, 4)).isNotEqualTo(a);
    assertThatThrownBy(() -> new ShiftedDataSource(images, 5, new Seeds(9)))
        .hasMessageContaining("smaller than the image, got 5");
  }

  @Test
  void generatedValuesAreQuantizedAsPngFilesWouldBe() {
    ImageDataset d =
        ImageDataset.ofScaled("gen", 1, 1, 4, 1, new float[] {-2f, -1f, 0f, 1f}, new int[] {1}, 2);
    assertThat(d.pixel(0, 0, 0, 0)).isZero();
    assertThat(d.pixel(0, 0, 1, 0)).isZero();
    assertThat(d.pixel(0, 0, 2, 0)).isEqualTo(128);
    assertThat(d.pixel(0, 0, 3, 0)).isEqualTo(255);
    assertThat(PixelScaling.scale(PixelScaling.quantize(0.5f) & 0xff)).isCloseTo(0.5f, within());
  }

  private static org.assertj.core.data.Offset<Float> within() {
    return org.assertj.core.data.Offset.offset(1 / 127.5f);
  }
}
