package org.ganlab.metrics.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Sampler;
import org.ganlab.metrics.ClassBalance;
import org.ganlab.metrics.ClassificationAccuracyScore;
import org.ganlab.metrics.ConditionalAccuracy;
import org.ganlab.metrics.FeatureMatrix;
import org.ganlab.metrics.FrechetInceptionDistance;
import org.ganlab.metrics.IntraClassFid;
import org.ganlab.metrics.features.ClassifierRecipe;
import org.ganlab.metrics.features.ExtractedFeatures;

/**
 * Scores a class-conditional generator of 28x28 grayscale images with the project's Fashion-MNIST
 * classifier against a labelled reference set (e.g. the Fashion-MNIST test set): {@code
 * conditional_accuracy, fid, intra_fid, class_tv} (and {@code cas} when given a classifier recipe,
 * {@code minority_amplification} when the training data has minority classes); primary {@code
 * conditional_accuracy}, higher is better.
 *
 * <p>The requested labels follow the training data's class shares ({@link Generation#labelsAt}):
 * for balanced data sample {@code i} is generated for class {@code i % classes}. {@code class_tv}
 * is the {@link ClassBalance} of the classes the classifier reads against those shares, with the
 * per-class shares in the detail table {@code class_balance.csv}. {@code conditional_accuracy} is
 * the share the classifier assigns to the requested class ({@link ConditionalAccuracy}); {@code
 * fid} uses every reference image; {@code intra_fid} is {@link IntraClassFid}: the mean over the
 * classes of the FID between the samples generated for class c and the reference images labelled c
 * (the same reference features as {@code fid}); NaN when some class is requested fewer than twice.
 * {@code cas} is the {@link ClassificationAccuracyScore} of the evaluated images on the reference
 * set: a classifier trained from scratch on them, tested on the reference images.
 *
 * <p>Not thread-safe: it loads its classifier on first use and owns it until {@link #close()}; one
 * evaluation at a time.
 */
public final class ConditionalFashionEvaluator implements Evaluator<Sampler> {
  private final FashionFeatures features;
  private final Seeds seeds;
  private final int samples;
  private final int classes;
  private final ClassBalanceColumns balance;
  private final ClassifierRecipe cas;

  /**
   * Scores {@code samples} generated images against {@code reference}, whose features are kept in
   * memory for the process; labels are requested in equal shares.
   *
   * @param reference the labelled real images the samples are compared with
   * @param seeds seeds of the {@code "eval/latent"} stream
   * @param samples the number of images generated per evaluation
   * @param classes the generator's classes (the classifier's 10)
   */
  public ConditionalFashionEvaluator(
      ImageDataset reference, Seeds seeds, int samples, int classes) {
    this(() -> reference, seeds, samples, classes, null, null, null);
  }

  /**
   * As above, with the reference set loaded on first use, its features cached on disk, and labels
   * requested at the training data's class shares.
   *
   * @param reference loads the labelled real images the samples are compared with
   * @param seeds seeds of the {@code "eval/latent"} stream
   * @param samples the number of images generated per evaluation
   * @param classes the generator's classes (the classifier's 10)
   * @param cacheDir the reference-feature cache ({@code FeatureCache}), or null for none
   * @param dataClasses the training data's share of each class ({@link ClassBalance#distribution}),
   *     or null for equal shares
   * @param cas how the classifier of the {@code cas} column trains, or null for no such column
   */
  public ConditionalFashionEvaluator(
      Supplier<ImageDataset> reference,
      Seeds seeds,
      int samples,
      int classes,
      Path cacheDir,
      double[] dataClasses,
      ClassifierRecipe cas) {
    if (classes < 1) {
      throw new IllegalArgumentException(
          "a conditional evaluation needs classes >= 1, got " + classes);
    }
    this.features = new FashionFeatures(reference, cacheDir);
    this.seeds = seeds;
    this.samples = samples;
    this.classes = classes;
    this.balance = new ClassBalanceColumns(dataClasses, classes);
    this.cas = cas;
  }

  @Override
  public List<String> metrics() {
    List<String> m = new ArrayList<>(List.of("conditional_accuracy", "fid", "intra_fid"));
    if (cas != null) {
      m.add("cas");
    }
    m.addAll(balance.metrics());
    return List.copyOf(m);
  }

  @Override
  public Map<String, List<String>> detailTables() {
    return balance.detailTables();
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
    int[] labels = Generation.labelsAt(samples, balance.data());
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
    if (cas != null) {
      ImageDataset trained =
          ImageDataset.ofScaled("evaluated images", samples, 28, 28, 1, images, labels, classes);
      m.put(
          "cas", new ClassificationAccuracyScore(cas, seeds).score(trained, features.reference()));
    }
    balance.put(m, fake.predictedClasses());
    return m;
  }

  private double intraFid(FeatureMatrix real, FeatureMatrix fake, int[] labels) {
    int[] perClass = new int[classes];
    for (int l : labels) {
      perClass[l]++;
    }
    if (Arrays.stream(perClass).min().orElse(0) < 2) {
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
