package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.seed.Seeds;
import org.ganlab.metrics.ClassificationAccuracyScore;
import org.ganlab.metrics.FeatureMatrix;
import org.ganlab.metrics.FrechetInceptionDistance;
import org.ganlab.metrics.IntraClassFid;
import org.ganlab.metrics.features.ClassifierRecipe;
import org.ganlab.metrics.features.ExtractedFeatures;
import org.ganlab.metrics.features.FashionClassifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The conditional image pipeline with a "generator" that answers each requested class with the next
 * real training image of that class: its values must equal the metrics computed by hand.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConditionalFashionEvaluatorTest {
  private static final int N = 400;
  private FashionMnist fashion;
  private FashionClassifier classifier;
  private List<List<Integer>> byClass;

  @BeforeAll
  void load() {
    fashion = FashionMnist.embedded();
    classifier = FashionClassifier.pretrained();
    byClass = new ArrayList<>();
    for (int c = 0; c < 10; c++) {
      byClass.add(new ArrayList<>());
    }
    ImageDataset train = fashion.train();
    for (int i = 0; i < 5000; i++) {
      byClass.get(train.label(i)).add(i);
    }
  }

  @AfterAll
  void close() {
    classifier.close();
  }

  private FixedSampler trainingImagesByClass() {
    int[] used = new int[10];
    return new FixedSampler(
        new int[] {28, 28, 1},
        10,
        y -> fashion.train().batchOf(new int[] {byClass.get(y).get(used[y]++)}).values());
  }

  @Test
  void realImagesOfTheRequestedClassesScoreAsComputedByHand() {
    Map<String, Number> m;
    try (ConditionalFashionEvaluator e =
        new ConditionalFashionEvaluator(fashion.test(), new Seeds(0), N, 10)) {
      assertThat(e.primaryMetric()).isEqualTo("conditional_accuracy");
      assertThat(e.higherIsBetter()).isTrue();
      m = e.evaluate(trainingImagesByClass());
    }

    int[] labels = Generation.balancedLabels(N, 10);
    int[] indices = new int[N];
    int[] used = new int[10];
    for (int i = 0; i < N; i++) {
      indices[i] = byClass.get(labels[i]).get(used[labels[i]]++);
    }
    Batch images =
        new Batch(new int[] {N, 28, 28, 1}, fashion.train().batchOf(indices).values(), null);
    ExtractedFeatures fake = classifier.extract(images);
    FeatureMatrix real = classifier.extract(fashion.test()).features();
    int[] predicted = classifier.predict(images);
    int correct = 0;
    for (int i = 0; i < N; i++) {
      correct += predicted[i] == labels[i] ? 1 : 0;
    }

    assertThat(m.keySet()).startsWith("conditional_accuracy", "fid", "intra_fid", "class_tv");
    assertThat(m.get("conditional_accuracy").doubleValue())
        .isEqualTo((double) correct / N)
        .isGreaterThan(0.85);
    assertThat(m.get("fid").doubleValue())
        .isEqualTo(new FrechetInceptionDistance().distance(real, fake.features()));
    assertThat(m.get("intra_fid").doubleValue())
        .isEqualTo(
            new IntraClassFid()
                .compute(real, fashion.test().labels(), fake.features(), labels, 10)
                .mean());
  }

  @Test
  void casTrainsAClassifierOnTheEvaluatedImagesAndTestsItOnTheReference() {
    ClassifierRecipe recipe = new ClassifierRecipe(60, 32, 1e-3);
    ImageDataset test = fashion.test().slice(0, 1000);
    Map<String, Number> right;
    Map<String, Number> shifted;
    try (ConditionalFashionEvaluator e =
        new ConditionalFashionEvaluator(() -> test, new Seeds(0), N, 10, null, null, recipe)) {
      assertThat(e.metrics()).containsSubsequence("intra_fid", "cas", "class_tv");
      right = e.evaluate(trainingImagesByClass());
      // Every class answered with images of the next class: the classifier learns wrong labels.
      int[] used = new int[10];
      shifted =
          e.evaluate(
              new FixedSampler(
                  new int[] {28, 28, 1},
                  10,
                  y ->
                      fashion
                          .train()
                          .batchOf(new int[] {byClass.get((y + 1) % 10).get(used[y]++)})
                          .values()));
    }
    // By hand: the same images with the requested labels, the same recipe and seeds.
    int[] labels = Generation.balancedLabels(N, 10);
    int[] indices = new int[N];
    int[] used = new int[10];
    for (int i = 0; i < N; i++) {
      indices[i] = byClass.get(labels[i]).get(used[labels[i]]++);
    }
    ImageDataset trained = fashion.train().subset("requested", indices);
    double byHand = new ClassificationAccuracyScore(recipe, new Seeds(0)).score(trained, test);
    assertThat(right.get("cas").doubleValue()).isEqualTo(byHand).isGreaterThan(0.6);
    assertThat(shifted.get("cas").doubleValue()).isLessThan(0.2);
  }

  @Test
  void fewerThanTwoSamplesPerClassHaveNoIntraFid() {
    try (ConditionalFashionEvaluator e =
        new ConditionalFashionEvaluator(fashion.test(), new Seeds(0), 19, 10)) {
      assertThat(e.evaluate(trainingImagesByClass()).get("intra_fid").doubleValue()).isNaN();
    }
    assertThatThrownBy(() -> new ConditionalFashionEvaluator(fashion.test(), new Seeds(0), 10, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("classes");
  }
}
