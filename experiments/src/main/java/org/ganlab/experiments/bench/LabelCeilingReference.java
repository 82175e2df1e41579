package org.ganlab.experiments.bench;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.SobelEdges;
import org.ganlab.core.seed.Seeds;
import org.ganlab.metrics.eval.LabelPreservationCeiling;
import org.ganlab.metrics.eval.LabelPreservationCeiling.Labels;
import org.ganlab.metrics.features.ClassifierRecipe;

/**
 * The row of {@link LabelPreservationCeiling}: a classifier trained on the translator's inputs
 * T(x), its agreement with the labels the suite scores against as the {@code label_preservation}
 * column. It trains one classifier per seed, so its value is kept in its reference directory.
 *
 * @param label what the table calls the row
 * @param data the Fashion-MNIST files
 * @param ceiling the transform, the training and test images and the classifier's recipe
 */
record LabelCeilingReference(
    String label, Supplier<FashionMnist> data, LabelPreservationCeiling ceiling)
    implements ReferenceRow {

  /**
   * {@return the row for Sobel edge maps: the shipped classifier's recipe (6 epochs of 100 images)
   * on all 60,000 training images; the quick variant 20 steps on 1,000}
   *
   * @param label what the table calls the row
   * @param data the Fashion-MNIST files
   * @param quick whether the suite is the quick variant
   * @param testImages the first this many test images are scored, as the suite's runs are
   * @param labels the labels the suite's label_preservation column is scored against
   */
  static LabelCeilingReference edges(
      String label, Supplier<FashionMnist> data, boolean quick, int testImages, Labels labels) {
    return new LabelCeilingReference(
        label,
        data,
        new LabelPreservationCeiling(
            SobelEdges.standard(),
            quick ? 1_000 : 60_000,
            quick ? new ClassifierRecipe(20, 64, 1e-3) : new ClassifierRecipe(3_600, 100, 1e-3),
            testImages,
            labels));
  }

  @Override
  public String description() {
    boolean trueLabels = ceiling.labels() == Labels.TRUE;
    return "a classifier trained "
        + ceiling.recipe().steps()
        + " steps on T(x) of the first "
        + ceiling.trainImages()
        + " training images x (T = "
        + ceiling.transform().describe()
        + ") to give "
        + (trueLabels ? "x's true label" : "the project classifier's label of x")
        + "; label_preservation is how often it gives "
        + (trueLabels ? "a's true label" : "the project classifier's label of a")
        + " on T(a) of the first "
        + ceiling.testImages()
        + " test images a: what a translator's garments F(T(a)) can be expected to reach at most";
  }

  @Override
  public Map<String, Number> compute(long seed, BenchLayout bench) {
    return CachedReferenceValue.get(
        bench,
        label,
        seed,
        "label_preservation",
        () -> OptionalDouble.of(ceiling.agreement(data.get(), new Seeds(seed))));
  }
}
