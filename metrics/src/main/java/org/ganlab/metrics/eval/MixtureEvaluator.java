package org.ganlab.metrics.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.data.GaussianMixture2D;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Sampler;
import org.ganlab.metrics.MixtureModeCoverage;

/**
 * Scores a generator of 2D points against the Gaussian mixture it should reproduce: {@code
 * modes_captured} (modes with at least one high-quality sample) and {@code high_quality} (share of
 * samples within 3 standard deviations of their nearest centre), from {@link MixtureModeCoverage}
 * on the mixture's own centres and standard deviation. Primary: {@code modes_captured}, higher is
 * better. The {@code samples} points come from {@link Generation}.
 *
 * <p>Immutable and thread-safe, but the sampler it scores usually is not: one evaluation per
 * sampler at a time.
 */
public final class MixtureEvaluator implements Evaluator<Sampler> {
  private final GaussianMixture2D mixture;
  private final Seeds seeds;
  private final int samples;

  /**
   * Scores {@code samples} generated points against {@code mixture}.
   *
   * @param mixture the true distribution the points are scored against
   * @param seeds seeds of the {@code "eval/latent"} stream
   * @param samples how many points are generated per evaluation
   */
  public MixtureEvaluator(GaussianMixture2D mixture, Seeds seeds, int samples) {
    this.mixture = mixture;
    this.seeds = seeds;
    this.samples = samples;
  }

  @Override
  public List<String> metrics() {
    return List.of("modes_captured", "high_quality");
  }

  @Override
  public String primaryMetric() {
    return "modes_captured";
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  @Override
  public Map<String, Number> evaluate(Sampler sampler) {
    float[] x = Generation.generate(sampler, seeds, samples, null);
    double[][] points = new double[samples][2];
    for (int i = 0; i < samples; i++) {
      points[i][0] = x[2 * i];
      points[i][1] = x[2 * i + 1];
    }
    MixtureModeCoverage.Result r =
        new MixtureModeCoverage(MixtureModeCoverage.Config.of(mixture.centres(), mixture.std()))
            .compute(points);
    Map<String, Number> m = new LinkedHashMap<>();
    m.put("modes_captured", r.modesCaptured());
    m.put("high_quality", r.highQualityFraction());
    return m;
  }
}
