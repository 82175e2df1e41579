package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.PixelScaling;
import org.ganlab.core.train.Sampler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text-to-image reference rows on real Fashion-MNIST images: captioned training images read
 * back every attribute, and a class-conditional sampler is asked for each caption's garment and
 * shows only the seen split's class accuracy and FID.
 */
class TextToImageBaselinesTest {
  private static final FashionMnist FASHION = FashionMnist.embedded();
  private static final int SAMPLES = 200;

  /** The test set's features, extracted once for every score below. */
  @TempDir static Path cache;

  /** Real training images of the requested class: a perfect class-conditional generator. */
  private record RealClasses(ImageDataset images, boolean ignoreClass) implements Sampler {
    @Override
    public int[] exampleShape() {
      return images.shape();
    }

    @Override
    public int numClasses() {
      return FashionMnist.NUM_CLASSES;
    }

    @Override
    public float[] sample(long[] seedPair, int n, int[] labels) {
      float[] out = new float[n * images.imageSize()];
      int next = (int) Math.floorMod(seedPair[0], 1000);
      for (int i = 0; i < n; i++) {
        int want = ignoreClass ? 0 : labels[i];
        while (images.label(next) != want) {
          next++;
        }
        PixelScaling.writeScaled(images, next++, out, i * images.imageSize());
      }
      return out;
    }
  }

  @Test
  void realImagesOfEachCaptionReadBackEveryAttributeAndTheirClass() {
    Map<String, Number> m = TextToImageBaselines.realImages(FASHION, 0, SAMPLES, cache);
    System.out.println("real captioned training images: " + m);
    assertThat(m)
        .containsOnlyKeys(
            "class_accuracy",
            "attribute_accuracy",
            "fid",
            "heldout_class_accuracy",
            "heldout_attribute_accuracy",
            "heldout_fid");
    assertThat(m.get("attribute_accuracy").doubleValue()).isEqualTo(1.0);
    assertThat(m.get("heldout_attribute_accuracy").doubleValue()).isEqualTo(1.0);
    assertThat(m.get("class_accuracy").doubleValue()).isGreaterThan(0.85);
    assertThat(m.get("heldout_class_accuracy").doubleValue()).isGreaterThan(0.85);
    // Real images sit near the floor of FID at this sample size (noise scores in the hundreds).
    assertThat(m.get("fid").doubleValue()).isPositive().isLessThan(10);
    assertThat(m.get("heldout_fid").doubleValue()).isPositive().isLessThan(10);
    assertThat(TextToImageBaselines.realImages(FASHION, 0, SAMPLES, cache))
        .as("the same seed draws the same images")
        .isEqualTo(m);
    assertThat(TextToImageBaselines.realImages(FASHION, 1, SAMPLES, cache).get("fid"))
        .as("another seed draws other images")
        .isNotEqualTo(m.get("fid"));
  }

  @Test
  void aClassConditionalSamplerIsScoredOnTheSeenSplitsClassAccuracyAndFidOnly() {
    Map<String, Number> right =
        TextToImageBaselines.classConditional(
            new RealClasses(FASHION.train(), false), FASHION, 0, SAMPLES, cache);
    Map<String, Number> wrong =
        TextToImageBaselines.classConditional(
            new RealClasses(FASHION.train(), true), FASHION, 0, SAMPLES, cache);
    System.out.println("right class: " + right + "; always class 0: " + wrong);
    assertThat(right).containsOnlyKeys("class_accuracy", "fid");
    assertThat(right.get("class_accuracy").doubleValue()).isGreaterThan(0.85);
    // Only the captions naming a T-shirt (about a tenth) can be right.
    assertThat(wrong.get("class_accuracy").doubleValue()).isLessThan(0.25);
    assertThat(wrong.get("fid").doubleValue()).isGreaterThan(right.get("fid").doubleValue());
    assertThatThrownBy(
            () ->
                TextToImageBaselines.classConditional(
                    new CaptionedImagesSampler(FASHION.test()), FASHION, 0, SAMPLES, cache))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got one of 40");
  }

  @Test
  void aCaptionAsksTheClassConditionalSamplerForItsGarment() {
    List<int[]> asked = new ArrayList<>();
    Sampler classes =
        new Sampler() {
          @Override
          public int[] exampleShape() {
            return new int[] {1};
          }

          @Override
          public int numClasses() {
            return FashionMnist.NUM_CLASSES;
          }

          @Override
          public float[] sample(long[] seedPair, int n, int[] labels) {
            asked.add(labels.clone());
            return new float[n];
          }
        };
    ClassOfCaption captions = new ClassOfCaption(classes);
    assertThat(captions.numClasses()).isEqualTo(40);
    captions.sample(new long[] {1, 2}, 5, new int[] {0, 3, 4, 30, 39});
    assertThat(asked).containsExactly(new int[] {0, 0, 1, 7, 9});
  }
}
