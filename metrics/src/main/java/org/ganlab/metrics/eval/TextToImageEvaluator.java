package org.ganlab.metrics.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.captions.CaptionAttributes;
import org.ganlab.core.data.captions.CaptionRules;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Sampler;
import org.ganlab.metrics.ConditionalAccuracy;
import org.ganlab.metrics.FeatureMatrix;
import org.ganlab.metrics.FrechetInceptionDistance;
import org.ganlab.metrics.features.ExtractedFeatures;

/**
 * Scores a text-to-image generator of Fashion-MNIST captions (Reed et al. 2016) whose {@link
 * Sampler} labels are caption combinations ({@link CaptionAttributes#id()}), against the captioned
 * reference images (the Fashion-MNIST test set), in two splits: the combinations seen in training
 * and the held-out ones (compositional generalization). For each split the first {@code samples}
 * reference images of that split (file order) are captioned by {@link CaptionRules}, and one image
 * is generated per caption, so generated and real images follow the same caption distribution:
 *
 * <ul>
 *   <li>{@code class_accuracy}: the share the project's Fashion-MNIST classifier assigns to the
 *       class the caption names;
 *   <li>{@code attribute_accuracy}: the share of the caption's two attributes (brightness, size)
 *       that the same {@link CaptionRules} measure on the generated image;
 *   <li>{@code fid}: FID of the classifier's features, generated against those reference images;
 *   <li>{@code heldout_class_accuracy}, {@code heldout_attribute_accuracy}, {@code heldout_fid}:
 *       the same on the held-out combinations.
 * </ul>
 *
 * Primary {@code class_accuracy}, higher is better. Real test images score the attribute ceiling 1
 * by construction (the rules caption them). Not thread-safe: it loads its classifier on first use
 * and owns it until {@link #close()}.
 */
public final class TextToImageEvaluator implements Evaluator<Sampler> {
  private static final int PIXELS = 28 * 28;

  private final FashionFeatures features;
  private final Seeds seeds;
  private final int samples;
  private final CaptionRules rules;
  private final Set<CaptionAttributes> heldOut;

  /**
   * Scores up to {@code samples} generated images per split.
   *
   * @param reference loads the labelled Fashion-MNIST images the samples are compared with
   * @param seeds seeds of the {@code "eval/latent"} stream (the held-out split uses the child
   *     {@code "held-out"})
   * @param samples the most images generated per split
   * @param cacheDir the reference-feature cache, or null for none
   * @param rules the caption rules (as in training)
   * @param heldOut the combinations held out of training
   */
  public TextToImageEvaluator(
      Supplier<ImageDataset> reference,
      Seeds seeds,
      int samples,
      Path cacheDir,
      CaptionRules rules,
      Collection<CaptionAttributes> heldOut) {
    if (samples < 2) {
      throw new IllegalArgumentException("FID needs at least 2 samples per split, got " + samples);
    }
    this.features = new FashionFeatures(reference, cacheDir);
    this.seeds = seeds;
    this.samples = samples;
    this.rules = rules;
    this.heldOut = Set.copyOf(heldOut);
  }

  @Override
  public List<String> metrics() {
    return List.of(
        "class_accuracy",
        "attribute_accuracy",
        "fid",
        "heldout_class_accuracy",
        "heldout_attribute_accuracy",
        "heldout_fid");
  }

  @Override
  public String primaryMetric() {
    return "class_accuracy";
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  @Override
  public Map<String, Number> evaluate(Sampler sampler) {
    if (sampler.numClasses() != CaptionAttributes.COMBINATIONS) {
      throw new IllegalArgumentException(
          "a text-to-image evaluation needs a sampler of the "
              + CaptionAttributes.COMBINATIONS
              + " caption combinations, got one of "
              + sampler.numClasses()
              + " classes");
    }
    int[] combos = rules.combinations(features.reference());
    Map<String, Number> m = new LinkedHashMap<>();
    score(sampler, combos, false, seeds, "", m);
    score(sampler, combos, true, seeds.child("held-out"), "heldout_", m);
    return m;
  }

  private void score(
      Sampler sampler, int[] combos, boolean held, Seeds s, String prefix, Map<String, Number> m) {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < combos.length && rows.size() < samples; i++) {
      if (heldOut.contains(CaptionAttributes.ofId(combos[i])) == held) {
        rows.add(i);
      }
    }
    if (rows.size() < 2) {
      throw new IllegalStateException(
          "the reference set has " + rows.size() + " images of the " + prefix + "split");
    }
    int n = rows.size();
    int[] index = rows.stream().mapToInt(Integer::intValue).toArray();
    int[] requested = new int[n];
    int[] classes = new int[n];
    for (int i = 0; i < n; i++) {
      requested[i] = combos[index[i]];
      classes[i] = requested[i] / 4;
    }
    float[] images = Generation.generate(sampler, s, n, requested);
    ExtractedFeatures fake = features.extract(images, n);
    FeatureMatrix real = features.referenceFeatures().selectRows(index);
    m.put(
        prefix + "class_accuracy",
        new ConditionalAccuracy().compute(fake.probabilities().toArray(), classes).accuracy());
    m.put(prefix + "attribute_accuracy", attributeAccuracy(images, requested));
    m.put(prefix + "fid", new FrechetInceptionDistance().distance(real, fake.features()));
  }

  /** The share of requested attributes (two per image) that the rules measure on the images. */
  private double attributeAccuracy(float[] images, int[] requested) {
    int right = 0;
    for (int i = 0; i < requested.length; i++) {
      CaptionAttributes asked = CaptionAttributes.ofId(requested[i]);
      CaptionAttributes seen =
          rules.attributes(asked.label(), CaptionRules.measureScaled(images, i * PIXELS, PIXELS));
      right += (seen.brightness() == asked.brightness() ? 1 : 0);
      right += (seen.size() == asked.size() ? 1 : 0);
    }
    return right / (2.0 * requested.length);
  }

  @Override
  public void close() {
    features.close();
  }
}
