package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.PixelScaling;
import org.ganlab.core.data.captions.CaptionAttributes;
import org.ganlab.core.data.captions.CaptionRules;
import org.ganlab.core.data.captions.CaptionedDataSource;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Sampler;
import org.ganlab.metrics.features.FashionClassifier;
import org.junit.jupiter.api.Test;

/**
 * The text-to-image evaluator on a sampler that answers each caption with the reference image it
 * was taken from: every attribute reads back, FID is zero up to rounding, and the class accuracy is
 * the classifier's own on those images, worked out here from its predictions.
 */
class TextToImageEvaluatorTest {
  private static final int SAMPLES = 300;
  private static final ImageDataset TEST = FashionMnist.embedded().test().slice(0, 3_000);
  private static final Set<CaptionAttributes> HELD_OUT = Set.copyOf(CaptionedDataSource.HELD_OUT);
  private static final int[] COMBOS = CaptionRules.FASHION_MNIST.combinations(TEST);

  /**
   * Walks the reference images in file order, one walk per split, and returns the next image of
   * each requested combination: as the evaluator asks for the captions of its first images of a
   * split in order, it receives exactly those images.
   */
  private static final class ReferenceImages implements Sampler {
    private final int[] next = new int[2];

    @Override
    public int[] exampleShape() {
      return new int[] {28, 28, 1};
    }

    @Override
    public int numClasses() {
      return CaptionAttributes.COMBINATIONS;
    }

    @Override
    public float[] sample(long[] seedPair, int n, int[] labels) {
      float[] out = new float[n * 28 * 28];
      for (int i = 0; i < n; i++) {
        int split = HELD_OUT.contains(CaptionAttributes.ofId(labels[i])) ? 1 : 0;
        while (COMBOS[next[split]] != labels[i]) {
          next[split]++;
        }
        PixelScaling.writeScaled(TEST, next[split]++, out, i * 28 * 28);
      }
      return out;
    }
  }

  /**
   * The classifier's accuracy on the first {@code SAMPLES} reference images of each split: the seen
   * combinations, then the held-out ones.
   */
  private static double[] classifierAccuracies() {
    double[] accuracy = new double[2];
    try (FashionClassifier classifier = FashionClassifier.pretrained()) {
      for (int split = 0; split < 2; split++) {
        int[] rows = new int[SAMPLES];
        for (int i = 0, k = 0; k < SAMPLES; i++) {
          if (HELD_OUT.contains(CaptionAttributes.ofId(COMBOS[i])) == (split == 1)) {
            rows[k++] = i;
          }
        }
        int[] predicted = classifier.predict(TEST.batchOf(rows));
        int right = 0;
        for (int k = 0; k < SAMPLES; k++) {
          right += predicted[k] == TEST.label(rows[k]) ? 1 : 0;
        }
        accuracy[split] = right / (double) SAMPLES;
      }
    }
    return accuracy;
  }

  private static TextToImageEvaluator evaluator() {
    return new TextToImageEvaluator(
        () -> TEST,
        new Seeds(0),
        SAMPLES,
        null,
        CaptionRules.FASHION_MNIST,
        CaptionedDataSource.HELD_OUT);
  }

  @Test
  void theReferenceImagesThemselvesReadBackTheirCaptionsAtZeroFid() {
    Map<String, Number> m;
    try (TextToImageEvaluator e = evaluator()) {
      m = e.evaluate(new ReferenceImages());
    }
    assertThat(m.get("attribute_accuracy").doubleValue()).isEqualTo(1.0);
    assertThat(m.get("heldout_attribute_accuracy").doubleValue()).isEqualTo(1.0);
    double[] byHand = classifierAccuracies();
    assertThat(m.get("class_accuracy").doubleValue()).isEqualTo(byHand[0]);
    assertThat(m.get("heldout_class_accuracy").doubleValue()).isEqualTo(byHand[1]);
    // The same images' features, extracted in other batches: zero up to float rounding.
    assertThat(m.get("fid").doubleValue()).isBetween(-1e-6, 1e-6);
    assertThat(m.get("heldout_fid").doubleValue()).isBetween(-1e-6, 1e-6);
  }

  @Test
  void refusesASamplerOfOtherClasses() {
    FixedSampler tenClasses = new FixedSampler(new int[] {28, 28, 1}, 10, c -> new float[784]);
    try (TextToImageEvaluator e = evaluator()) {
      assertThatThrownBy(() -> e.evaluate(tenClasses))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("needs a sampler of the 40 caption combinations, got one of 10");
    }
  }
}
