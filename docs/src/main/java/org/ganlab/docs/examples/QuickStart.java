package org.ganlab.docs.examples;

// [START quickstart]
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.LatentSampler;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.losses.NonSaturatingLoss;
import org.ganlab.models.Dcgan;

/** Trains a DCGAN on the embedded Fashion-MNIST and draws 64 images from it. */
public final class QuickStart {
  private QuickStart() {}

  /** Trains {@code args[0]} steps (default 1000) and prints what it drew. */
  public static void main(String[] args) {
    long steps = args.length > 0 ? Long.parseLong(args[0]) : 1000;
    float[] images = train(steps);
    float min = Float.MAX_VALUE;
    float max = -Float.MAX_VALUE;
    for (float v : images) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    System.out.printf(
        "%d images of 28x28, pixels in [%.3f, %.3f]%n", images.length / 784, min, max);
  }

  /** 64 generated images, NHWC (28x28x1) floats in [-1, 1], after {@code steps} steps. */
  public static float[] train(long steps) {
    FashionMnist fashion = FashionMnist.embedded();
    Seeds seeds = new Seeds(7);
    try (GanTrainer<GanModel> trainer =
        GanTrainer.builder(Dcgan.standard(), new NonSaturatingLoss(), fashion.trainSource(seeds))
            .config(TrainerConfig.of(7))
            .build()) {
      trainer.train(steps, (t, record, nanos) -> print(record));
      // Inference-mode samples from latent codes of a seed of our own: same seed, same images.
      return new LatentSampler(trainer, 0).sample(seeds.pair("my-samples", 0), 64, null);
    }
  }

  private static void print(StepRecord r) {
    if (r.step() % 100 == 0 || r.step() < 5) {
      System.out.printf(
          "step %d  D loss %.4f  G loss %.4f%n",
          r.step(), r.discriminatorLoss(), r.generatorLoss());
    }
  }
}
// [END quickstart]
