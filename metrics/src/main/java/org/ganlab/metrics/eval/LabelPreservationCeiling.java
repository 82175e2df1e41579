package org.ganlab.metrics.eval;

import java.util.stream.IntStream;
import org.ganlab.core.config.Checks;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataSource;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.ImageTransform;
import org.ganlab.core.seed.Seeds;
import org.ganlab.metrics.features.ClassifierRecipe;
import org.ganlab.metrics.features.FashionClassifier;
import org.ganlab.metrics.features.ImageClassifierTrainer;
import org.ganlab.metrics.features.TrainedImageClassifier;

/**
 * How much of a translator's {@code label_preservation} a translator from T(a) back to garments can
 * be expected to reach when T drops part of what tells the classes apart (an edge map has no
 * shading): a classifier of the project classifier's architecture ({@link ImageClassifierTrainer})
 * is trained on T(x) of the first {@code trainImages} training garments to predict x's label, and
 * scored by how often it gives a's label on T(a) of the first {@code testImages} test garments. The
 * label is the one the column is scored against ({@link Labels}): the project classifier's label of
 * the source for {@link TranslationEvaluator}, the true label for {@link
 * PairedTranslationEvaluator}.
 *
 * <p>Why it bounds: for any translator F, the project classifier's label of F(T(a)) is itself a
 * classifier of T(a), so it can agree more often only by as much as this classifier falls short of
 * the best classifier of T(a). A target above this value asks a translator to beat a classifier
 * trained on the task's own inputs and labels.
 *
 * <p>The transformed images are quantized as PNG files would be ({@link ImageDataset#ofScaled}),
 * which leaves thresholded edge maps unchanged. The classifier's weights and batch order are the
 * streams {@code ceiling/classifier} and {@code ceiling/order} of the seeds given.
 *
 * @param transform T, the fixed map from garments to the translator's input domain
 * @param trainImages the first this many training images are transformed and labelled
 * @param recipe the classifier's training recipe
 * @param testImages the first this many test images are scored
 * @param labels the labels the classifier learns and is scored against
 */
public record LabelPreservationCeiling(
    ImageTransform transform,
    int trainImages,
    ClassifierRecipe recipe,
    int testImages,
    Labels labels) {

  /** Which label of a garment the ceiling's classifier learns and is scored against. */
  public enum Labels {
    /** The project classifier's label of the garment, as unpaired translation is scored. */
    PROJECT_CLASSIFIER,
    /** The dataset's label of the garment, as paired translation is scored. */
    TRUE
  }

  /**
   * Validates.
   *
   * @param transform T, the fixed map from garments to the translator's input domain
   * @param trainImages the first this many training images are transformed and labelled
   * @param recipe the classifier's training recipe
   * @param testImages the first this many test images are scored
   * @param labels the labels the classifier learns and is scored against
   */
  public LabelPreservationCeiling {
    Checks.required("transform", transform);
    Checks.positive("trainImages", trainImages);
    Checks.required("recipe", recipe);
    Checks.positive("testImages", testImages);
    Checks.required("labels", labels);
  }

  /**
   * {@return the share of the first {@link #testImages} test garments a on whose T(a) the trained
   * classifier gives a's label ({@link #labels})}
   *
   * @param fashion the training images and the test set
   * @param seeds the seeds of the classifier's weights and batch order
   * @throws IllegalArgumentException if either set has fewer images than asked for
   */
  public double agreement(FashionMnist fashion, Seeds seeds) {
    ImageDataset train = fashion.train();
    ImageDataset test = fashion.test();
    if (trainImages > train.n() || testImages > test.n()) {
      throw new IllegalArgumentException(
          "asked for "
              + trainImages
              + " training and "
              + testImages
              + " test images, but "
              + fashion.origin()
              + " has "
              + train.n()
              + " and "
              + test.n());
    }
    Batch garments = batchOf(train, trainImages);
    Batch held = batchOf(test, testImages);
    int[] trainLabels;
    int[] testLabels;
    int classes;
    if (labels == Labels.TRUE) {
      trainLabels = garments.labels();
      testLabels = held.labels();
      classes = train.numClasses();
    } else {
      try (FashionClassifier labeller = FashionClassifier.pretrained()) {
        trainLabels = labeller.predict(garments);
        testLabels = labeller.predict(held);
        classes = labeller.numClasses();
      }
    }
    ImageDataset inputs = transformed(garments, trainLabels, classes, "T(training images)");
    try (TrainedImageClassifier c =
        ImageClassifierTrainer.train(
            new ImageDataSource(inputs, seeds, "ceiling/order"),
            recipe,
            seeds.child("ceiling/classifier"),
            null)) {
      return c.accuracy(transformed(held, testLabels, classes, "T(test images)"));
    }
  }

  private static Batch batchOf(ImageDataset data, int n) {
    return data.batchOf(IntStream.range(0, n).toArray());
  }

  private ImageDataset transformed(Batch garments, int[] labels, int classes, String name) {
    Batch t = transform.apply(garments);
    int[] s = t.shape();
    return ImageDataset.ofScaled(name, s[0], s[1], s[2], s[3], t.values(), labels, classes);
  }
}
