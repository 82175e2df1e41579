/**
 * Feature extractors: networks that turn images into the feature vectors and class probabilities
 * the metrics consume.
 *
 * <ul>
 *   <li>{@link org.ganlab.metrics.features.FeatureExtractor}: the common interface (NHWC images in
 *       [-1, 1] in, {@link org.ganlab.metrics.features.ExtractedFeatures} out, batched through
 *       TensorFlow).
 *   <li>{@link org.ganlab.metrics.features.FashionClassifier}: the project's own Fashion-MNIST CNN,
 *       whose weights ship in this module and are regenerated bit for bit by the tool {@code
 *       TrainFashionClassifier} of the module's tests.
 *   <li>{@link org.ganlab.metrics.features.InceptionV3}: a user-supplied frozen InceptionV3 graph,
 *       fed as TTUR's original FID code feeds it.
 *   <li>{@link org.ganlab.metrics.features.FeatureCache}: real-data features on disk, keyed by a
 *       checksum of the extractor and the images.
 * </ul>
 *
 * <p>See {@code docs/metrics-extractors.md} for defaults, tensor names and measured accuracy.
 */
package org.ganlab.metrics.features;
