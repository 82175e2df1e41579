package org.ganlab.metrics.eval;

import com.google.common.base.Suppliers;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.metrics.FeatureMatrix;
import org.ganlab.metrics.features.ExtractedFeatures;
import org.ganlab.metrics.features.FashionClassifier;

/**
 * What the Fashion-MNIST image pipelines share: the reference images (loaded on first use), the
 * project's Fashion-MNIST classifier (loaded on first use, freed by {@link #close()}) and the
 * reference features it gives ({@link ReferenceFeatures}, cached in {@code cacheDir} if given),
 * computed on first use and held for the evaluator's later evaluations.
 */
final class FashionFeatures implements AutoCloseable {
  private final Supplier<ImageDataset> reference;
  private final Path cacheDir;
  private FashionClassifier classifier;
  private FeatureMatrix referenceFeatures;

  FashionFeatures(Supplier<ImageDataset> reference, Path cacheDir) {
    this.reference = Suppliers.memoize(reference::get);
    this.cacheDir = cacheDir;
  }

  /** The reference images. */
  ImageDataset reference() {
    return reference.get();
  }

  /** The classifier features of the reference images. */
  FeatureMatrix referenceFeatures() {
    if (referenceFeatures == null) {
      referenceFeatures = ReferenceFeatures.get(classifier(), reference(), cacheDir).features();
    }
    return referenceFeatures;
  }

  /** Features and class probabilities of {@code n} 28x28x1 images (NHWC, in [-1, 1]). */
  ExtractedFeatures extract(float[] images, int n) {
    return classifier().extract(new Batch(new int[] {n, 28, 28, 1}, images, null));
  }

  private FashionClassifier classifier() {
    if (classifier == null) {
      classifier = FashionClassifier.pretrained();
    }
    return classifier;
  }

  @Override
  public void close() {
    if (classifier != null) {
      classifier.close();
      classifier = null;
    }
  }
}
