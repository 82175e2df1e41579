package org.ganlab.docs.examples;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ganlab.core.data.ClassSubset;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataSource;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.LatentSampler;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.losses.NonSaturatingLoss;
import org.ganlab.metrics.ClassBalance;
import org.ganlab.metrics.eval.FashionEvaluator;
import org.ganlab.metrics.eval.RealImagesBaseline;
import org.ganlab.models.Dcgan;

/**
 * Trains a DCGAN on a deliberately imbalanced Fashion-MNIST in plain Java and measures whether it
 * keeps the rare classes' share: the class balance of its samples as the project's classifier reads
 * them, against the data's and against the thinned training images themselves. Guide chapter
 * "Biased outputs".
 */
public final class BiasedOutputs {
  private BiasedOutputs() {}

  /**
   * What a run of the example measured.
   *
   * @param dataShares each class's share of the thinned training set
   * @param generated the generator's evaluation: fid, kid, precision, recall, class_tv,
   *     minority_amplification, then generated_c and data_c per class
   * @param realImages the same evaluation of thinned training images
   */
  public record Outcome(
      double[] dataShares, Map<String, Number> generated, Map<String, Number> realImages) {}

  /** Trains 2000 steps and prints the minority amplification of samples and real images. */
  public static void main(String[] args) {
    Outcome o = run(args.length > 0 ? Long.parseLong(args[0]) : 2000, 2000, 0);
    System.out.printf(
        "generator:   minority_amplification %s, class_tv %s%n"
            + "real images: minority_amplification %s, class_tv %s%n",
        o.generated().get("minority_amplification"),
        o.generated().get("class_tv"),
        o.realImages().get("minority_amplification"),
        o.realImages().get("class_tv"));
  }

  /** Trains {@code steps} steps from seed {@code seed} and scores {@code n} images. */
  public static Outcome run(long steps, int n, long seed) {
    // [START imbalance]
    FashionMnist fashion = FashionMnist.embedded();
    // T-shirts, pullovers, coats, shirts and bags at a tenth of their images: 1/11 of the data.
    ClassSubset imbalance = new ClassSubset(new TreeSet<>(Set.of(0, 2, 4, 6, 8)), 0.1);
    ImageDataset train = imbalance.apply(fashion.train());
    double[] shares = ClassBalance.distribution(train.labels(), FashionMnist.NUM_CLASSES);
    try (GanTrainer<GanModel> trainer =
            GanTrainer.builder(
                    Dcgan.standard().withFilters(16),
                    new NonSaturatingLoss(),
                    new ImageDataSource(train, new Seeds(seed)))
                .config(TrainerConfig.of(seed))
                .build();
        // Measured against the data's shares: class_tv, minority_amplification, per-class shares.
        FashionEvaluator evaluator =
            new FashionEvaluator(fashion::test, new Seeds(seed), n, null, shares)) {
      trainer.train(steps);
      Map<String, Number> generated = evaluator.evaluate(new LatentSampler(trainer, 0));
      // The thinned training images scored the same way: the classifier's own confusions.
      Map<String, Number> real = RealImagesBaseline.score(fashion, train, seed, n, 0, null);
      return new Outcome(shares, generated, real);
    }
    // [END imbalance]
  }
}
