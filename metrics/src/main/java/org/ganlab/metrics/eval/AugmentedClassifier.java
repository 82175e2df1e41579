package org.ganlab.metrics.eval;

import org.ganlab.core.config.Checks;
import org.ganlab.core.data.ClassSubset;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataSource;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.MixedDataSource;
import org.ganlab.core.data.ShiftedDataSource;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Sampler;
import org.ganlab.metrics.features.ClassifierRecipe;
import org.ganlab.metrics.features.ImageClassifierTrainer;
import org.ganlab.metrics.features.TrainedImageClassifier;

/**
 * Few-label data augmentation measured: a classifier trained by a fixed recipe on the first {@code
 * k} Fashion-MNIST training images of each class, optionally shifted (classical augmentation) and
 * mixed with images a conditional generator made, then tested on the real test set. With only
 * generated images it is the Classification Accuracy Score of the generator.
 *
 * <p>Every stream is a child of the seeds given: the real images' order ({@code
 * augment/real-order}), the shifts ({@code augment/shift}), the generated images' latent codes
 * ({@code augment/generated}) and order ({@code augment/generated-order}), and the classifier's
 * weights and batches ({@code augment/classifier}); so the accuracy is a pure function of the
 * setup, the generator and the seed.
 *
 * @param k labelled real images per class
 * @param shifts whether the real images are randomly shifted by up to {@link #MAX_SHIFT} pixels
 * @param generatedFraction the share of each batch that is generated, in [0, 1]
 * @param recipe the classifier's training recipe
 * @param testImages the first this many test images are classified
 */
public record AugmentedClassifier(
    int k, boolean shifts, double generatedFraction, ClassifierRecipe recipe, int testImages) {
  /** The largest shift of the classical augmentation, in pixels. */
  public static final int MAX_SHIFT = 2;

  /**
   * Validates.
   *
   * @param k labelled real images per class
   * @param shifts whether the real images are randomly shifted by up to {@link #MAX_SHIFT} pixels
   * @param generatedFraction the share of each batch that is generated, in [0, 1]
   * @param recipe the classifier's training recipe
   * @param testImages the first this many test images are classified
   */
  public AugmentedClassifier {
    Checks.positive("k", k);
    if (!(generatedFraction >= 0 && generatedFraction <= 1)) {
      throw new IllegalArgumentException(
          "generatedFraction must be in [0, 1], got " + generatedFraction);
    }
    Checks.required("recipe", recipe);
    Checks.positive("testImages", testImages);
  }

  /**
   * {@return {@code n} images of {@code generator}, balanced over its classes and labelled with the
   * class they were generated for, as a dataset to mix in}
   *
   * @param generator a conditional generator of images (height x width x channels)
   * @param n how many images
   * @param seeds the seeds of the accuracy they are for
   */
  public static ImageDataset generatedImages(Sampler generator, int n, Seeds seeds) {
    int classes = generator.numClasses();
    int[] shape = generator.exampleShape();
    int[] labels = Generation.balancedLabels(n, classes);
    float[] images = Generation.generate(generator, seeds.child("augment/generated"), n, labels);
    return ImageDataset.ofScaled(
        "generated", n, shape[0], shape[1], shape[2], images, labels, classes);
  }

  /**
   * {@return the accuracy on the first {@link #testImages} test images of a classifier trained on
   * this setup's data}
   *
   * @param fashion the training images to take the first {@code k} per class from, and the test set
   * @param generated the generated images to mix in ({@link #generatedImages}), or null when {@link
   *     #generatedFraction} is 0
   * @param seeds the seeds of every stream of the classifier's data and training
   */
  public double accuracy(FashionMnist fashion, ImageDataset generated, Seeds seeds) {
    DataSource train =
        new ImageDataSource(
            ClassSubset.firstPerClass(k).apply(fashion.train()), seeds, "augment/real-order");
    if (shifts) {
      train = new ShiftedDataSource(train, MAX_SHIFT, seeds);
    }
    if (generatedFraction > 0) {
      Checks.required("generated images (generatedFraction > 0)", generated);
      DataSource fake = new ImageDataSource(generated, seeds, "augment/generated-order");
      train = new MixedDataSource(train, fake, generatedFraction);
    }
    try (TrainedImageClassifier c =
        ImageClassifierTrainer.train(train, recipe, seeds.child("augment/classifier"), null)) {
      return c.accuracy(fashion.test().slice(0, testImages));
    }
  }
}
