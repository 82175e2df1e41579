package org.ganlab.metrics;

import java.util.Objects;
import org.ganlab.core.data.ImageDataSource;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.seed.Seeds;
import org.ganlab.metrics.features.ClassifierRecipe;
import org.ganlab.metrics.features.ImageClassifierTrainer;
import org.ganlab.metrics.features.TrainedImageClassifier;

/**
 * The Classification Accuracy Score (Ravuri and Vinyals 2019): the test accuracy on real images of
 * a classifier trained only on a conditional generator's images, labelled with the classes they
 * were generated for. It rewards what a classifier can learn from the samples (their diversity
 * within a class and their fidelity to it), which conditional accuracy under a fixed classifier
 * does not; its scale is the same classifier trained on the same number of real images.
 *
 * <p>The classifier is {@link ImageClassifierTrainer}'s, trained from scratch for a fixed {@link
 * ClassifierRecipe}: weights from {@code seeds.child("cas")}, batches in the order of the {@code
 * "cas/data-order"} stream.
 */
public final class ClassificationAccuracyScore {
  /** The recipe the project's evaluations use unless told otherwise: 500 Adam steps of 64. */
  public static final ClassifierRecipe DEFAULT_RECIPE = new ClassifierRecipe(500, 64, 1e-3);

  private final ClassifierRecipe recipe;
  private final Seeds seeds;

  /**
   * A score trained by {@code recipe} from {@code seeds}.
   *
   * @param recipe how the classifier trains
   * @param seeds the root of the classifier's weights and batch order
   */
  public ClassificationAccuracyScore(ClassifierRecipe recipe, Seeds seeds) {
    this.recipe = Objects.requireNonNull(recipe, "recipe");
    this.seeds = Objects.requireNonNull(seeds, "seeds");
  }

  /**
   * {@return the accuracy on {@code realTest} of a classifier trained on {@code trainingImages}}
   *
   * @param trainingImages labelled images to train on: generated ones for the score, real ones for
   *     its reference
   * @param realTest labelled real images of the same shape and classes
   */
  public double score(ImageDataset trainingImages, ImageDataset realTest) {
    try (TrainedImageClassifier c =
        ImageClassifierTrainer.train(
            new ImageDataSource(trainingImages, seeds, "cas/data-order"),
            recipe,
            seeds.child("cas"),
            null)) {
      return c.accuracy(realTest);
    }
  }
}
