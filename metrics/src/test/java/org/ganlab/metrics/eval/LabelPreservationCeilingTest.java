package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageTransform;
import org.ganlab.core.data.SobelEdges;
import org.ganlab.core.seed.Seeds;
import org.ganlab.metrics.eval.LabelPreservationCeiling.Labels;
import org.ganlab.metrics.features.ClassifierRecipe;
import org.ganlab.metrics.features.FashionClassifier;
import org.junit.jupiter.api.Test;

/**
 * The label-preservation ceiling of a transform: a transform that keeps nothing leaves only the
 * most common label; one that keeps the garment lets a short training agree with the project's
 * classifier most of the time.
 */
class LabelPreservationCeilingTest {
  private static final Labels CLASSIFIER = Labels.PROJECT_CLASSIFIER;
  private static final FashionMnist FASHION = FashionMnist.embedded();
  private static final ClassifierRecipe RECIPE = new ClassifierRecipe(40, 64, 1e-3);
  private static final int TEST = 300;

  /** Every image becomes the blank background: no trace of the garment is left. */
  private static final ImageTransform BLANK =
      new ImageTransform() {
        @Override
        public float[] apply(float[] nhwc, int[] shape) {
          float[] out = new float[nhwc.length];
          Arrays.fill(out, -1f);
          return out;
        }

        @Override
        public String describe() {
          return "blank";
        }
      };

  /** The images unchanged. */
  private static final ImageTransform IDENTITY =
      new ImageTransform() {
        @Override
        public float[] apply(float[] nhwc, int[] shape) {
          return nhwc.clone();
        }

        @Override
        public String describe() {
          return "identity";
        }
      };

  @Test
  void fromBlankInputsTheClassifierCanOnlyAgreeOnTheOneClassItAlwaysGives() {
    double agreement =
        new LabelPreservationCeiling(BLANK, 1_000, RECIPE, TEST, CLASSIFIER)
            .agreement(FASHION, new Seeds(0));
    // Identical inputs get identical predictions, so the agreement is the share of one class
    // among the project classifier's labels of the test images.
    int[] counts = new int[FashionMnist.NUM_CLASSES];
    try (FashionClassifier c = FashionClassifier.pretrained()) {
      int[] indices = new int[TEST];
      Arrays.setAll(indices, i -> i);
      Batch held = FASHION.test().batchOf(indices);
      for (int label : c.predict(held)) {
        counts[label]++;
      }
    }
    assertThat(Arrays.stream(counts).mapToObj(k -> (double) k / TEST)).contains(agreement);
    assertThat(agreement).isLessThan(0.2);
  }

  @Test
  void fromTheGarmentsThemselvesAShortTrainingAgreesMostlyAndRepeatsForASeed() {
    LabelPreservationCeiling same =
        new LabelPreservationCeiling(IDENTITY, 2_000, RECIPE, TEST, CLASSIFIER);
    double agreement = same.agreement(FASHION, new Seeds(1));
    System.out.println("identity transform, 40 steps: agreement " + agreement);
    assertThat(agreement).isGreaterThan(0.6);
    assertThat(same.agreement(FASHION, new Seeds(1))).isEqualTo(agreement);
  }

  @Test
  void refusesMoreImagesThanTheSetsHold() {
    LabelPreservationCeiling tooMany =
        new LabelPreservationCeiling(SobelEdges.standard(), 60_001, RECIPE, TEST, CLASSIFIER);
    assertThatThrownBy(() -> tooMany.agreement(FASHION, new Seeds(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("asked for 60001 training and 300 test images")
        .hasMessageContaining("has 60000 and 10000");
    assertThatThrownBy(() -> new LabelPreservationCeiling(null, 1, RECIPE, 1, CLASSIFIER))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("transform must not be null");
    assertThatThrownBy(() -> new LabelPreservationCeiling(BLANK, 1, RECIPE, 0, CLASSIFIER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("testImages");
    assertThatThrownBy(() -> new LabelPreservationCeiling(BLANK, 1, RECIPE, 1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("labels must not be null");
  }

  @Test
  void withTrueLabelsBlankInputsAgreeOnlyOnTheOneClassTheClassifierGives() {
    double agreement =
        new LabelPreservationCeiling(BLANK, 1_000, RECIPE, TEST, Labels.TRUE)
            .agreement(FASHION, new Seeds(0));
    // The true labels of the first test images, counted by hand: the agreement is one class's
    // share of them.
    int[] counts = new int[FashionMnist.NUM_CLASSES];
    for (int i = 0; i < TEST; i++) {
      counts[FASHION.test().label(i)]++;
    }
    assertThat(Arrays.stream(counts).mapToObj(k -> (double) k / TEST)).contains(agreement);
    assertThat(agreement).isLessThan(0.2);
  }
}
