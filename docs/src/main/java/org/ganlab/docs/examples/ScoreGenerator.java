package org.ganlab.docs.examples;

// [START imports]
import java.nio.file.Path;
import java.util.Map;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.LatentSampler;
import org.ganlab.core.train.Sampler;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.losses.NonSaturatingLoss;
import org.ganlab.metrics.eval.FashionEvaluator;
import org.ganlab.models.Dcgan;

// [END imports]

/**
 * Scores a generator with the evaluation pipeline that writes a run's eval.csv, in plain Java: FID,
 * KID, precision and recall of its images against the Fashion-MNIST test set. The generator is a
 * freshly trained DCGAN, or the weights of a checkpoint directory if one is given. Guide chapter
 * "Metrics".
 *
 * <p>{@code main} trains 200 steps and scores 2000 images; pass other numbers as the first and
 * second arguments, and as the third a checkpoint directory that {@code GanTrainer.save} wrote for
 * the same model (DCGAN with 16 filters, non-saturating loss) to score it instead.
 */
public final class ScoreGenerator {
  private ScoreGenerator() {}

  /** Trains {@code args[0]} steps (default 200), or restores {@code args[2]}, and scores. */
  public static void main(String[] args) {
    long steps = args.length > 0 ? Long.parseLong(args[0]) : 200;
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    Path checkpoint = args.length > 2 ? Path.of(args[2]) : null;
    System.out.println(run(steps, n, checkpoint, 0));
  }

  /**
   * Trains a DCGAN with 16 filters for {@code steps} steps (or restores {@code checkpoint} if not
   * null) and scores {@code n} of its images.
   *
   * @return fid, kid, precision, recall and class_tv, in that order, then the per-class shares
   */
  public static Map<String, Number> run(long steps, int n, Path checkpoint, long seed) {
    FashionMnist fashion = FashionMnist.embedded();
    try (GanTrainer<GanModel> trainer =
        GanTrainer.builder(
                Dcgan.standard().withFilters(16),
                new NonSaturatingLoss(),
                fashion.trainSource(new Seeds(seed)))
            .config(TrainerConfig.of(seed))
            .build()) {
      if (checkpoint != null) {
        trainer.restore(checkpoint);
      } else {
        trainer.train(steps);
      }
      // [START score]
      // Anything that turns a count and a seed into examples is a Sampler.
      Sampler generator = new LatentSampler(trainer, 0);
      try (FashionEvaluator evaluator = new FashionEvaluator(fashion.test(), new Seeds(seed), n)) {
        // {fid=..., kid=..., precision=..., recall=..., class_tv=..., per-class shares}
        return evaluator.evaluate(generator);
      }
      // [END score]
    }
  }
}
