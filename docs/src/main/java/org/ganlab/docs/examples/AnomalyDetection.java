package org.ganlab.docs.examples;

import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataSource;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.OneClass;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.metrics.PixelNearestNeighbourScorer;
import org.ganlab.metrics.eval.AnomalyEvaluator;
import org.ganlab.metrics.eval.AnomalyScores;
import org.ganlab.models.Ali;
import org.ganlab.models.AliAnomalyScorer;
import org.ganlab.models.AliFamily;
import org.ganlab.models.AliModel;

/**
 * One-class anomaly detection in plain Java: a BiGAN trained on one Fashion-MNIST class scores
 * held-out images (Zenati et al. 2018), and the raw-pixel nearest-neighbour baseline is scored by
 * the same code. Guide chapter "Anomaly detection".
 */
public final class AnomalyDetection {
  private AnomalyDetection() {}

  /**
   * The scores of both detectors.
   *
   * @param bigan the BiGAN's scores of the test images
   * @param nearestNeighbour the baseline's scores of the same images
   */
  public record Outcome(AnomalyScores bigan, AnomalyScores nearestNeighbour) {}

  /** Trains 1500 steps with trousers as the normal class and prints both AUROCs. */
  public static void main(String[] args) {
    Outcome o = run(1, args.length > 0 ? Long.parseLong(args[0]) : 1500, 10_000, 0);
    System.out.printf(
        "AUROC: BiGAN %.4f, pixel nearest neighbour %.4f%n",
        o.bigan().auroc(), o.nearestNeighbour().auroc());
  }

  /**
   * Trains on class {@code normal} for {@code steps} steps and scores the first {@code testImages}
   * test images.
   *
   * @param normal the normal class
   * @param steps training steps
   * @param testImages how many test images to score
   * @param seed the root seed
   * @return both detectors' scores
   */
  public static Outcome run(int normal, long steps, int testImages, long seed) {
    // [START detect]
    FashionMnist fashion = FashionMnist.embedded();
    ImageDataset normalImages = OneClass.of(fashion.train(), normal);
    ImageDataset test = fashion.test().slice(0, testImages);
    // The test images of the normal class count as normal, all others as anomalous.
    AnomalyEvaluator evaluator = new AnomalyEvaluator(() -> test, normal);
    Adam adam = new Adam(2e-4, 0.5, 0.999);
    AliFamily family =
        new AliFamily(
            Ali.standard().withFilters(32),
            new ImageDataSource(normalImages, new Seeds(seed)),
            OptimizerPair.of(adam));
    try (GanTrainer<AliModel> trainer = GanTrainer.open(family, TrainerConfig.of(seed))) {
      trainer.train(steps);
      AnomalyScores bigan =
          evaluator.scores(new AliAnomalyScorer(trainer, AliAnomalyScorer.PAPER_ALPHA));
      AnomalyScores pixels = evaluator.scores(new PixelNearestNeighbourScorer(normalImages));
      return new Outcome(bigan, pixels); // .auroc() of each; .csv() is scores.csv
    }
    // [END detect]
  }
}
