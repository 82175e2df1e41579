package org.ganlab.metrics.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.data.Batch;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Sampler;
import org.ganlab.metrics.StackedModeCoverage;
import org.ganlab.metrics.features.FashionClassifier;

/**
 * Scores a generator of stacked Fashion-MNIST (three images as the three channels of a 28x28x3
 * image): every channel is classified by the project's Fashion-MNIST classifier ({@code
 * classifyChannels}) and the triple of classes is the mode. {@code modes_covered} (out of 1000) and
 * {@code kl_to_uniform} from {@link StackedModeCoverage}. Primary: {@code modes_covered}, higher is
 * better. The {@code samples} images come from {@link Generation}; the classifier is loaded on
 * first use and freed by {@link #close()}.
 *
 * <p>Not thread-safe: it loads its classifier on first use and owns it until {@link #close()}; one
 * evaluation at a time.
 */
public final class StackedEvaluator implements Evaluator<Sampler> {
  private final Seeds seeds;
  private final int samples;
  private FashionClassifier classifier;

  /**
   * Scores {@code samples} generated 28x28x3 images.
   *
   * @param seeds seeds of the {@code "eval/latent"} stream
   * @param samples how many images are generated per evaluation
   */
  public StackedEvaluator(Seeds seeds, int samples) {
    this.seeds = seeds;
    this.samples = samples;
  }

  @Override
  public List<String> metrics() {
    return List.of("modes_covered", "kl_to_uniform");
  }

  @Override
  public String primaryMetric() {
    return "modes_covered";
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  @Override
  public Map<String, Number> evaluate(Sampler sampler) {
    if (classifier == null) {
      classifier = FashionClassifier.pretrained();
    }
    float[] x = Generation.generate(sampler, seeds, samples, null);
    int[][] modes = classifier.classifyChannels(new Batch(new int[] {samples, 28, 28, 3}, x, null));
    StackedModeCoverage.Result r = new StackedModeCoverage().compute(modes);
    Map<String, Number> m = new LinkedHashMap<>();
    m.put("modes_covered", r.modesCovered());
    m.put("kl_to_uniform", r.klToUniform());
    return m;
  }

  @Override
  public void close() {
    if (classifier != null) {
      classifier.close();
      classifier = null;
    }
  }
}
