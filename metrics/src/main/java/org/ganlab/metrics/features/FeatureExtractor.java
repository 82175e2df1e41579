package org.ganlab.metrics.features;

import java.util.Arrays;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.metrics.FeatureMatrix;

/**
 * Maps images to feature vectors (and, for a network with a classifier head, class probabilities)
 * by running them through a TensorFlow graph.
 *
 * <p>Input images are NHWC float batches with pixels in [-1, 1], the convention of the whole
 * project (a generator's tanh output, {@link ImageDataset#batchOf}); each extractor converts them
 * to what its network expects (size, range, channels). Images are run in chunks of {@link
 * #batchSize()} so that memory stays bounded whatever the number of images.
 *
 * <p>An extractor owns a TensorFlow graph and session, so it must be closed. It is not meant to be
 * used from several threads at once.
 */
public interface FeatureExtractor extends AutoCloseable {

  /** {@return a short name for logs and file names, e.g. "fashion-classifier" or "inception-v3"} */
  String name();

  /**
   * {@return a checksum of everything that determines the output: the weights (e.g. the SHA-256 of
   * the checkpoint manifest or of the frozen graph) and the preprocessing settings} Two extractors
   * with the same identity give the same features for the same images; {@link FeatureCache} keys on
   * it.
   */
  String identity();

  /**
   * {@return the length of a feature vector (128 for {@link FashionClassifier}, 2048 for
   * InceptionV3)}
   */
  int featureDim();

  /** {@return the number of classes of the classifier head, or 0 if there is none} */
  int numClasses();

  /** {@return images per session run} */
  int batchSize();

  /**
   * Extracts features (and class scores, if there is a head) of a batch of images.
   *
   * @param images NHWC, pixels in [-1, 1]; at least one image
   * @return the features {@code [n, featureDim]} and, with a head, the class scores of the images
   * @throws IllegalArgumentException if the image shape is not one the extractor accepts, or a
   *     pixel is not finite or lies outside [-1, 1] (e.g. 0..255 values)
   * @throws IllegalStateException after {@link #close()}
   */
  ExtractedFeatures extract(Batch images);

  /**
   * Extracts the features of every image of {@code data}, in order, chunk by chunk.
   *
   * @param data the images
   * @return the features of all images, one row per image in the dataset's order
   */
  default ExtractedFeatures extract(ImageDataset data) {
    if (data.n() == 0) {
      throw new IllegalArgumentException("no images in " + data);
    }
    ExtractedFeatures.Builder out = new ExtractedFeatures.Builder(data.n());
    int chunk = batchSize();
    for (int from = 0; from < data.n(); from += chunk) {
      int start = from;
      int[] idx = new int[Math.min(data.n(), from + chunk) - from];
      Arrays.setAll(idx, k -> start + k);
      out.add(extract(data.batchOf(idx)));
    }
    return out.build();
  }

  /**
   * {@return the extractor's output for {@code n} images of {@code shape = {h, w, c}}, flattened
   * NHWC in [-1, 1] (generated samples), in chunks of {@link #batchSize()}}
   *
   * @param images the images, flattened NHWC in [-1, 1]
   * @param n the number of images
   * @param shape {@code {h, w, c}} of one image
   */
  default ExtractedFeatures extract(float[] images, int n, int[] shape) {
    if (n <= 0 || shape.length != 3 || images.length != n * shape[0] * shape[1] * shape[2]) {
      throw new IllegalArgumentException(
          "expected n > 0 images of shape {h, w, c} in "
              + images.length
              + " values, got n = "
              + n
              + ", shape "
              + Arrays.toString(shape));
    }
    int size = shape[0] * shape[1] * shape[2];
    ExtractedFeatures.Builder out = new ExtractedFeatures.Builder(n);
    for (int from = 0; from < n; from += batchSize()) {
      int k = Math.min(n, from + batchSize()) - from;
      float[] chunk = Arrays.copyOfRange(images, from * size, (from + k) * size);
      out.add(extract(new Batch(new int[] {k, shape[0], shape[1], shape[2]}, chunk, null)));
    }
    return out.build();
  }

  /**
   * Shorthand for {@code extract(images).features()}.
   *
   * @param images NHWC images in [-1, 1]
   * @return the features {@code [n, featureDim]}
   */
  default FeatureMatrix features(Batch images) {
    return extract(images).features();
  }

  /** Releases the graph and session. */
  @Override
  void close();
}
