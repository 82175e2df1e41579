package org.ganlab.docs.examples;

// [START imports]
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.LatentSampler;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.losses.NonSaturatingLoss;
import org.ganlab.metrics.FrechetInceptionDistance;
import org.ganlab.metrics.KernelInceptionDistance;
import org.ganlab.metrics.features.ExtractedFeatures;
import org.ganlab.metrics.features.FashionClassifier;
import org.ganlab.models.Dcgan;

// [END imports]

/**
 * Trains a small DCGAN on Fashion-MNIST in plain Java, then measures FID and KID of its images
 * against the test set with the features of the project's Fashion-MNIST classifier, next to the FID
 * of real training images against the same test images (the floor a generator can reach with this
 * many samples). Guide chapters "Using the library from plain Java" and "Metrics".
 *
 * <p>{@code main} trains 1000 steps and uses 2000 images per set; pass other numbers as the first
 * and second arguments.
 */
public final class ComputeFid {
  private ComputeFid() {}

  /**
   * The numbers the example computes.
   *
   * @param fid FID of generated against test images
   * @param kid KID (mean over subsets) of generated against test images
   * @param realFid FID of training against test images: the floor for this sample size
   */
  public record Outcome(double fid, double kid, double realFid) {}

  /** Trains {@code args[0]} steps (default 1000) and compares {@code args[1]} (2000) images. */
  public static void main(String[] args) {
    long steps = args.length > 0 ? Long.parseLong(args[0]) : 1000;
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    Outcome o = run(steps, n, 0);
    System.out.printf("fid %.3f, kid %.5f, real-vs-real fid %.3f%n", o.fid(), o.kid(), o.realFid());
  }

  /**
   * Trains {@code steps} steps of a DCGAN with 16 filters, then compares {@code n} generated images
   * (n at least 129, so the 128-d covariances have full rank) with {@code n} test images.
   */
  public static Outcome run(long steps, int n, long seed) {
    // [START fid]
    FashionMnist fashion = FashionMnist.embedded();
    Seeds seeds = new Seeds(seed);
    try (GanTrainer<GanModel> trainer =
            GanTrainer.builder(
                    Dcgan.standard().withFilters(16),
                    new NonSaturatingLoss(),
                    fashion.trainSource(seeds))
                .config(TrainerConfig.of(seed))
                .build();
        FashionClassifier classifier = FashionClassifier.pretrained()) {
      trainer.train(steps, null);

      // [START features]
      // Generated images: NHWC floats in [-1, 1], as the classifier takes them.
      float[] images = new LatentSampler(trainer, 0).sample(seeds.pair("my-eval", 0), n, null);
      ExtractedFeatures fake =
          classifier.extract(new Batch(new int[] {n, 28, 28, 1}, images, null));
      ExtractedFeatures test = classifier.extract(fashion.test().slice(0, n));
      ExtractedFeatures train = classifier.extract(fashion.train().slice(0, n));

      FrechetInceptionDistance fid = new FrechetInceptionDistance();
      KernelInceptionDistance.Result kid =
          new KernelInceptionDistance()
              .compute(test.features(), fake.features(), seeds.seed("my-kid"));
      return new Outcome(
          fid.distance(test.features(), fake.features()),
          kid.mean(),
          fid.distance(test.features(), train.features()));
      // [END features]
    }
    // [END fid]
  }
}
