package org.ganlab.experiments.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import com.google.common.base.Suppliers;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.seed.Seeds;
import org.ganlab.experiments.OpenRun;
import org.ganlab.metrics.ConditionalAccuracy;
import org.ganlab.metrics.FeatureMatrix;
import org.ganlab.metrics.FrechetInceptionDistance;
import org.ganlab.metrics.IntraClassFid;
import org.ganlab.metrics.KernelInceptionDistance;
import org.ganlab.metrics.PrecisionRecall;
import org.ganlab.metrics.features.ExtractedFeatures;
import org.ganlab.metrics.features.FashionClassifier;

/**
 * Image GANs on 28x28 grayscale Fashion-MNIST, judged by the project's Fashion-MNIST classifier
 * against a reference set (the test set).
 *
 * <ul>
 *   <li>unconditional: {@code fid, kid, precision, recall}; primary {@code fid} (lower is
 *       better). FID and KID (the mean over subsets) use every reference image; precision and
 *       recall use the first {@code n} reference images, as many as generated samples (the
 *       k-NN manifolds depend on the set sizes, so the two sets are the same size);</li>
 *   <li>conditional: {@code conditional_accuracy, fid, intra_fid}; primary {@code
 *       conditional_accuracy} (higher is better). Sample {@code i} is generated for class {@code
 *       i % classes}. {@code intra_fid} is {@link IntraClassFid}: the mean over the classes of
 *       the FID between the samples generated for class c and the reference images labelled c
 *       (the same reference features as {@code fid}); NaN when {@code n} gives fewer than two
 *       samples per class.</li>
 * </ul>
 */
public final class FashionEvaluator implements Evaluator {
  private final Supplier<ImageDataset> reference;
  private final Seeds seeds;
  private final int samples;
  private final int classes;
  private FashionClassifier classifier;

  /**
   * @param reference real images (and the classes) to compare with
   * @param seeds the run's seeds; evaluation uses the {@code "eval/latent"} and {@code
   *     "eval/kid"} streams
   * @param samples generated images per evaluation
   * @param classes the model's classes (0: unconditional)
   */
  public FashionEvaluator(ImageDataset reference, Seeds seeds, int samples, int classes) {
    this(() -> reference, seeds, samples, classes);
  }

  /** As above, with the reference set loaded on first use. */
  public FashionEvaluator(Supplier<ImageDataset> reference, Seeds seeds, int samples,
      int classes) {
    this.reference = Suppliers.memoize(reference::get);
    this.seeds = seeds;
    this.samples = samples;
    this.classes = classes;
  }

  @Override
  public List<String> metrics() {
    return classes > 0 ? List.of("conditional_accuracy", "fid", "intra_fid")
        : List.of("fid", "kid", "precision", "recall");
  }

  @Override
  public String primaryMetric() {
    return classes > 0 ? "conditional_accuracy" : "fid";
  }

  @Override
  public boolean higherIsBetter() {
    return classes > 0;
  }

  private FashionClassifier classifier() {
    if (classifier == null) {
      classifier = FashionClassifier.pretrained();
    }
    return classifier;
  }

  @Override
  public Map<String, Number> evaluate(OpenRun run, Path cacheDir) {
    int[] labels = classes > 0 ? Generation.balancedLabels(samples, classes) : null;
    return evaluate(Generation.generate(run.requireSampler(), seeds, samples, labels), labels, cacheDir);
  }

  /**
   * The metrics of {@code samples} given images instead of generated ones: how benchmark tables
   * score real images (the floor a generator can reach) with exactly the code that scores runs.
   *
   * @param images {@code samples} images, 28x28x1, in [-1, 1]
   * @param labels their classes when conditional (else null)
   */
  public Map<String, Number> evaluate(float[] images, int[] labels, Path cacheDir) {
    FashionClassifier c = classifier();
    ImageDataset ref = reference.get();
    FeatureMatrix real = ReferenceFeatures.get(c, ref, cacheDir).features();
    ExtractedFeatures fake = c.extract(new Batch(new int[] {samples, 28, 28, 1}, images, null));
    double fid = new FrechetInceptionDistance().distance(real, fake.features());
    Map<String, Number> m = new LinkedHashMap<>();
    if (classes > 0) {
      m.put("conditional_accuracy", new ConditionalAccuracy()
          .compute(fake.probabilities().toArray(), labels).accuracy());
      m.put("fid", fid);
      m.put("intra_fid", intraFid(real, ref, fake.features(), labels));
      return m;
    }
    KernelInceptionDistance.Result kid = new KernelInceptionDistance()
        .compute(real, fake.features(), seeds.seed("eval/kid"));
    int[] first = new int[Math.min(samples, real.rows())];
    for (int i = 0; i < first.length; i++) {
      first[i] = i;
    }
    PrecisionRecall.Result pr = new PrecisionRecall().compute(real.selectRows(first),
        fake.features());
    m.put("fid", fid);
    m.put("kid", kid.mean());
    m.put("precision", pr.precision());
    m.put("recall", pr.recall());
    return m;
  }

  private double intraFid(FeatureMatrix real, ImageDataset ref, FeatureMatrix fake,
      int[] labels) {
    if (samples < 2 * classes) {
      return Double.NaN;
    }
    if (!ref.hasLabels()) {
      throw new IllegalStateException("intra_fid needs the labels of the reference set " + ref);
    }
    return new IntraClassFid().compute(real, ref.labels(), fake, labels, classes).mean();
  }

  @Override
  public void close() {
    if (classifier != null) {
      classifier.close();
      classifier = null;
    }
  }
}
