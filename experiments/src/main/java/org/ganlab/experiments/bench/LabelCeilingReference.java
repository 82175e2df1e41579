package org.ganlab.experiments.bench;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.seed.Seeds;
import org.ganlab.metrics.eval.LabelPreservationCeiling;

/**
 * The row of {@link LabelPreservationCeiling}: a classifier trained on the translator's inputs
 * T(x), its agreement with the project classifier's labels as the {@code label_preservation}
 * column. It trains one classifier per seed, so its value is kept in its reference directory.
 *
 * @param label what the table calls the row
 * @param data the Fashion-MNIST files
 * @param ceiling the transform, the training and test images and the classifier's recipe
 */
record LabelCeilingReference(
    String label, Supplier<FashionMnist> data, LabelPreservationCeiling ceiling)
    implements ReferenceRow {

  @Override
  public String description() {
    return "a classifier trained "
        + ceiling.recipe().steps()
        + " steps on T(x) of the first "
        + ceiling.trainImages()
        + " training images (T = "
        + ceiling.transform().describe()
        + ") to give the project classifier's label of x; label_preservation is how often it"
        + " agrees with that label on the first "
        + ceiling.testImages()
        + " test images: what a translator's garments F(T(a)) can be expected to reach at most";
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
