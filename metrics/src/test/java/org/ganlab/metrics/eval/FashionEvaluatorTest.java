package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.seed.Seeds;
import org.ganlab.metrics.FeatureMatrix;
import org.ganlab.metrics.FrechetInceptionDistance;
import org.ganlab.metrics.KernelInceptionDistance;
import org.ganlab.metrics.PrecisionRecall;
import org.ganlab.metrics.features.FashionClassifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unconditional image pipeline against the Fashion-MNIST test set, with a "generator" that
 * returns real training images: its values must equal the metrics computed by hand on the same
 * classifier features.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FashionEvaluatorTest {
  private static final int N = 300;
  private FashionMnist fashion;
  private FashionClassifier classifier;

  @BeforeAll
  void load() {
    fashion = FashionMnist.embedded();
    classifier = FashionClassifier.pretrained();
  }

  @AfterAll
  void close() {
    classifier.close();
  }

  /** Training image {@code i}, as a generator would return it. */
  private FixedSampler trainingImages() {
    ImageDataset train = fashion.train();
    return new FixedSampler(new int[] {28, 28, 1}, 0, i -> train.batchOf(new int[] {i}).values());
  }

  @Test
  void realImagesGiveTheFidFloorComputedByHand() {
    Seeds seeds = new Seeds(5);
    Map<String, Number> m;
    try (FashionEvaluator e = new FashionEvaluator(fashion.test(), seeds, N)) {
      m = e.evaluate(trainingImages());
    }

    float[] images = fashion.train().batchOf(firstIndices(N)).values();
    FeatureMatrix real = classifier.extract(fashion.test()).features();
    FeatureMatrix fake =
        classifier.extract(new Batch(new int[] {N, 28, 28, 1}, images, null)).features();
    double fid = new FrechetInceptionDistance().distance(real, fake);
    assertThat(m.keySet()).startsWith("fid", "kid", "precision", "recall", "class_tv");
    assertThat(m.get("fid").doubleValue()).isEqualTo(fid).isPositive().isLessThan(10);
    assertThat(m.get("kid").doubleValue())
        .isEqualTo(
            new KernelInceptionDistance().compute(real, fake, seeds.seed("eval/kid")).mean());
    PrecisionRecall.Result pr =
        new PrecisionRecall().compute(real.selectRows(firstIndices(N)), fake);
    assertThat(m.get("precision").doubleValue()).isEqualTo(pr.precision()).isGreaterThan(0.5);
    assertThat(m.get("recall").doubleValue()).isEqualTo(pr.recall()).isGreaterThan(0.5);
  }

  @Test
  void classBalanceIsTheTotalVariationOfThePredictedClassesAgainstTheDataShares() {
    int[] predicted =
        classifier
            .extract(
                new Batch(
                    new int[] {N, 28, 28, 1},
                    fashion.train().batchOf(firstIndices(N)).values(),
                    null))
            .predictedClasses();
    double[] counts = new double[10];
    for (int c : predicted) {
      counts[c]++;
    }
    // Imbalanced data: classes 0 and 1 at a sixth of the rest.
    double[] data = {0.02, 0.02, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12};
    double tv = 0;
    for (int c = 0; c < 10; c++) {
      tv += Math.abs(counts[c] / N - data[c]) / 2;
    }
    Map<String, Number> m;
    FashionEvaluator e = new FashionEvaluator(() -> fashion.test(), new Seeds(5), N, null, data);
    try (e) {
      assertThat(e.metrics()).endsWith("class_tv", "minority_amplification");
      assertThat(e.detailTables()).containsOnlyKeys("class_balance.csv");
      m = e.evaluate(trainingImages());
    }
    assertThat(m.get("class_tv").doubleValue()).isCloseTo(tv, within(1e-12));
    assertThat(m.get("minority_amplification").doubleValue())
        .isCloseTo((counts[0] + counts[1]) / N / 0.04, within(1e-12));
    for (int c = 0; c < 10; c++) {
      assertThat(m.get("generated_" + c).doubleValue()).isEqualTo(counts[c] / N);
      assertThat(m.get("data_" + c).doubleValue()).isEqualTo(data[c]);
    }
    // The first training images are near-balanced: far from the imbalanced shares.
    assertThat(tv).isGreaterThan(0.05);
  }

  @Test
  void noiseScoresFarAboveTheFloorAndScoringImagesEqualsEvaluating() {
    try (FashionEvaluator e = new FashionEvaluator(fashion.test(), new Seeds(0), N)) {
      Map<String, Number> m = e.evaluate(noise());
      assertThat(m.get("fid").doubleValue()).isGreaterThan(100);
      assertThat(e.scoreImages(Generation.generate(noise(), new Seeds(0), N, null))).isEqualTo(m);
    }
  }

  /** Patterned noise in [-1, 1]: nothing like clothing. */
  private static FixedSampler noise() {
    return new FixedSampler(
        new int[] {28, 28, 1},
        0,
        i -> {
          float[] x = new float[784];
          for (int p = 0; p < x.length; p++) {
            x[p] = ((p * 31 + i * 17) % 13) / 6f - 1f;
          }
          return x;
        });
  }

  @Test
  void referenceFeaturesCachedOnDiskGiveTheSameValues(@TempDir Path cache) throws Exception {
    ImageDataset reference = fashion.test().slice(0, 2000);
    Map<String, Number> cached;
    try (FashionEvaluator e = new FashionEvaluator(() -> reference, new Seeds(2), N, cache, null)) {
      cached = e.evaluate(trainingImages());
    }
    try (var files = Files.list(cache)) {
      assertThat(files).isNotEmpty();
    }
    FeatureMatrix direct = classifier.extract(reference).features();
    assertThat(ReferenceFeatures.get(classifier, reference, null).features().toArray())
        .isEqualTo(direct.toArray());
    FeatureMatrix fake =
        classifier
            .extract(
                new Batch(
                    new int[] {N, 28, 28, 1},
                    fashion.train().batchOf(firstIndices(N)).values(),
                    null))
            .features();
    assertThat(cached.get("fid").doubleValue())
        .isEqualTo(new FrechetInceptionDistance().distance(direct, fake));
  }

  private static int[] firstIndices(int n) {
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    return idx;
  }
}
