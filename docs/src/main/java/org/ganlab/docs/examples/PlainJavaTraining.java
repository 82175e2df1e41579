package org.ganlab.docs.examples;

// [START imports]
import org.ganlab.core.data.GaussianMixture2D;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.LatentSampler;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.losses.NonSaturatingLoss;
import org.ganlab.metrics.FeatureMatrix;
import org.ganlab.metrics.MixtureModeCoverage;
import org.ganlab.models.MlpGan;

// [END imports]

/**
 * Trains the MLP GAN of the mode-collapse papers on the ring of 8 Gaussians in plain Java (no
 * Guice, no command line, no run directory) and counts the modes it captured. Guide chapter "Using
 * the library from plain Java".
 *
 * <p>{@code main} trains 5000 steps (about a minute on two cores); pass another step count as the
 * first argument.
 */
public final class PlainJavaTraining {
  /** Points drawn for the mode count: the 2,500 of the VEEGAN and PacGAN evaluations. */
  public static final int EVAL_POINTS = 2500;

  private PlainJavaTraining() {}

  /**
   * What a run of the example produced.
   *
   * @param last the values of the last training step
   * @param coverage modes captured and share of high-quality points among {@link #EVAL_POINTS}
   */
  public record Outcome(StepRecord last, MixtureModeCoverage.Result coverage) {}

  /** Trains for {@code args[0]} steps (default 5000) and prints the mode coverage. */
  public static void main(String[] args) {
    long steps = args.length > 0 ? Long.parseLong(args[0]) : 5000;
    Outcome o = train(steps, 0);
    System.out.println("last step: " + o.last());
    System.out.println(
        "modes captured: "
            + o.coverage().modesCaptured()
            + " of "
            + o.coverage().modes()
            + ", high quality: "
            + o.coverage().highQualityFraction());
  }

  /** Trains {@code steps} steps from root seed {@code seed}, then measures mode coverage. */
  public static Outcome train(long steps, long seed) {
    // [START train]
    GaussianMixture2D ring = GaussianMixture2D.ring8();
    Seeds seeds = new Seeds(seed);
    // The recipe of MlpGan.standard().training(), written out: Adam(1e-4, 0.5, 0.999), batch 256.
    Adam adam = new Adam(1e-4, 0.5, 0.999);
    try (GanTrainer<GanModel> trainer =
        GanTrainer.builder(MlpGan.standard(), new NonSaturatingLoss(), ring.source(seeds))
            .discriminatorOptimizer(adam)
            .generatorOptimizer(adam)
            .config(TrainerConfig.of(seed).withBatchSize(256))
            .build()) {
      StepRecord last = null;
      for (long s = 0; s < steps; s++) {
        last = trainer.trainStep(); // one D update, then one G update
        if (last.step() % 1000 == 0) {
          System.out.println(last);
        }
      }
      // Generated points in inference mode from latent codes of a seed of our own.
      float[] xy =
          new LatentSampler(trainer, 0).sample(seeds.pair("my-eval", 0), EVAL_POINTS, null);
      FeatureMatrix points = FeatureMatrix.ofRowMajor(EVAL_POINTS, 2, xy);
      MixtureModeCoverage coverage =
          new MixtureModeCoverage(MixtureModeCoverage.Config.of(ring.centres(), ring.std()));
      MixtureModeCoverage.Result result = coverage.compute(points);
      return new Outcome(last, result);
    }
    // [END train]
  }
}
