package org.ganlab.core.data.captions;

import static org.assertj.core.api.Assertions.assertThat;

import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.junit.jupiter.api.Test;

class CaptionRulesTest {
  @Test
  void measuresAreaAndMeanIntensityOfTheGarmentPixels() {
    // 2x3 image: 0 and 31 are background (< 32), 32, 100, 255 and 200 are garment.
    byte[] pixels = {0, 31, 32, 100, (byte) 255, (byte) 200};
    CaptionRules.Measurement m = CaptionRules.measure(pixels, 0, 6);
    assertThat(m.area()).isEqualTo(4);
    assertThat(m.meanIntensity()).isEqualTo((32 + 100 + 255 + 200) / 4.0);
    assertThat(CaptionRules.measure(pixels, 4, 2).area()).isEqualTo(2);
    assertThat(CaptionRules.measure(new byte[4], 0, 4))
        .isEqualTo(new CaptionRules.Measurement(0, 0));
  }

  @Test
  void measuresScaledImagesAfterQuantizing() {
    // -1 -> 0, 1 -> 255, 0 -> 128 (127.5 rounds up).
    CaptionRules.Measurement m = CaptionRules.measureScaled(new float[] {-1, 1, 0, -0.9f}, 0, 4);
    assertThat(m.area()).isEqualTo(2);
    assertThat(m.meanIntensity()).isEqualTo((255 + 128) / 2.0);
  }

  @Test
  void attributesCompareWithTheClassThresholds() {
    int[] area = new int[10];
    double[] intensity = new double[10];
    area[7] = 100;
    intensity[7] = 120.5;
    CaptionRules rules = new CaptionRules(area, intensity);
    assertThat(rules.attributes(7, new CaptionRules.Measurement(100, 120.5)))
        .isEqualTo(new CaptionAttributes(7, Brightness.DARK, GarmentSize.SMALL));
    assertThat(rules.attributes(7, new CaptionRules.Measurement(101, 121)))
        .isEqualTo(new CaptionAttributes(7, Brightness.LIGHT, GarmentSize.LARGE));
  }

  @Test
  void mediansAreTheLowerMiddleValuesOfEachClass() {
    // Class 0: areas 1, 2, 3, 4 -> lower median 2; intensities all 40 -> 40. Other classes: one
    // image of area 1 and intensity 50.
    int n = 13;
    byte[] pixels = new byte[n * 4];
    int[] labels = new int[n];
    for (int i = 0; i < 4; i++) {
      for (int k = 0; k <= i; k++) {
        pixels[i * 4 + k] = 40;
      }
    }
    for (int c = 1; c < 10; c++) {
      int i = c + 3;
      labels[i] = c;
      pixels[i * 4] = 50;
    }
    ImageDataset d = ImageDataset.ofPixels("tiny", n, 2, 2, 1, pixels, labels, 10);
    CaptionRules rules = CaptionRules.medians(d);
    assertThat(rules.areaThresholds()).containsExactly(2, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    assertThat(rules.intensityThresholds()[0]).isEqualTo(40);
    assertThat(rules.intensityThresholds()[9]).isEqualTo(50);
  }

  @Test
  void fixedThresholdsAreTheTrainingSetMedians() {
    CaptionRules computed = CaptionRules.medians(FashionMnist.embedded().train());
    assertThat(CaptionRules.FASHION_MNIST).isEqualTo(computed);
  }
}
