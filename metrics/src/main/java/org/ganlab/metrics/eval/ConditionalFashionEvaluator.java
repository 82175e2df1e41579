package org.ganlab.metrics.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Sampler;
import org.ganlab.metrics.ConditionalAccuracy;
import org.ganlab.metrics.FeatureMatrix;
import org.ganlab.metrics.FrechetInceptionDistance;
import org.ganlab.metrics.IntraClassFid;
import org.ganlab.metrics.features.ExtractedFeatures;

/**
 * Scores a class-conditional generator of 28x28 grayscale images with the project's Fashion-MNIST
 * classifier against a labelled reference set (e.g. the Fashion-MNIST test set): {@code
 * conditional_accuracy, fid, intra_fid}; primary {@code conditional_accuracy}, higher is better.
 *
 * <p>Sample {@code i} is generated for class {@code i % classes} ({@link
 * Generation#balancedLabels}). {@code conditional_accuracy} is the share the classifier assigns to
 * the requested class ({@link ConditionalAccuracy}); {@code fid} uses every reference image; {@code
 * intra_fid} is {@link IntraClassFid}: the mean over the classes of the FID between the samples
 * generated for class c and the reference images labelled c (the same reference features as {@code
 * fid}); NaN when {@code samples} gives fewer than two samples per class.
 *
 * <p>Not thread-safe: it loads its classifier on first use and owns it until {@link #close()}; one
 * evaluation at a time.
 */
public final class ConditionalFashionEvaluator implements Evaluator<Sampler> {
  private final FashionFeatures features;
  private final Seeds seeds;
  private final int samples;
  private final int classes;

  /**
   * Scores {@code samples} generated images against {@code reference}, whose features are kept in
   * memory for the process.
   *
   * @param reference the real images the generated ones are compared with
   * @param seeds seeds of the {@code "eval/latent"} stream
   * @param samples how many images are generated per evaluation
   * @param classes the generator's classes
   */
  public ConditionalFashionEvaluator(
      ImageDataset reference, Seeds seeds, int samples, int classes) {
    this(() -> reference, seeds, samples, classes, null);
  }

  /**
   * As above, with the reference set loaded on first use and its features cached on disk.
   *
   * @param reference supplies the real images, called once on first use
   * @param seeds seeds of the {@code "eval/latent"} stream
   * @param samples how many images are generated per evaluation
   * @param classes the generator's classes
   * @param cacheDir the reference-feature cache ({@code FeatureCache}), or null for none
   */
  public ConditionalFashionEvaluator(
      Supplier<ImageDataset> reference, Seeds seeds, int samples, int classes, Path cacheDir) {
    if (classes < 1) {
      throw new IllegalArgumentException(
          "a conditional evaluation needs classes >= 1, got " + classes);
    }
    this.features = new FashionFeatures(reference, cacheDir);
    this.seeds = seeds;
    this.samples = samples;
    this.classes = classes;
  }

  @Override
  public List<String> metrics() {
    return List.of("conditional_accuracy", "fid", "intra_fid");
  }

  @Override
  public String primaryMetric() {
    return "conditional_accuracy";
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  @Override
  public Map<String, Number> evaluate(Sampler sampler) {
    int[] labels = Generation.balancedLabels(samples, classes);
    return scoreImages(Generation.generate(sampler, seeds, samples, labels), labels);
  }

  /**
   * {@return the metrics of given images instead of generated ones: how benchmark tables score real
   * images (the ceiling of conditional accuracy) with exactly the code that scores generators}
   *
   * @param images {@code samples} images, 28x28x1 NHWC, in [-1, 1]
   * @param labels their classes (length {@code samples})
   */
  public Map<String, Number> scoreImages(float[] images, int[] labels) {
    FeatureMatrix real = features.referenceFeatures();
    ExtractedFeatures fake = features.extract(images, samples);
    double fid = new FrechetInceptionDistance().distance(real, fake.features());
    Map<String, Number> m = new LinkedHashMap<>();
    m.put(
        "conditional_accuracy",
        new ConditionalAccuracy().compute(fake.probabilities().toArray(), labels).accuracy());
    m.put("fid", fid);
    m.put("intra_fid", intraFid(real, fake.features(), labels));
    return m;
  }

  private double intraFid(FeatureMatrix real, FeatureMatrix fake, int[] labels) {
    if (samples < 2 * classes) {
      return Double.NaN;
    }
    ImageDataset ref = features.reference();
    if (!ref.hasLabels()) {
      throw new IllegalStateException("intra_fid needs the labels of the reference set " + ref);
    }
    return new IntraClassFid().compute(real, ref.labels(), fake, labels, classes).mean();
  }

  @Override
  public void close() {
    features.close();
  }
}
