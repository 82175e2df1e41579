package org.ganlab.models;

import org.ganlab.core.nn.Mode;
import org.ganlab.core.train.Feeds;
import org.ganlab.core.train.GanTrainer;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Runs a trained BiGAN / ALI's networks in inference mode on images of one's own: the codes E(x),
 * the reconstructions G(E(x)) and D's features and logits of (x, E(x)), the pieces of GAN-based
 * anomaly scores. Building one adds its ops to the trainer's graph: make one per trainer and keep
 * it. Not thread-safe.
 */
public final class AliInference {
  private final GanTrainer<AliModel> trainer;
  private final Placeholder<TFloat32> images;
  private final Operand<TFloat32> codes;
  private final Operand<TFloat32> reconstructions;
  private final AliDiscriminator.Output judged;

  /**
   * What the networks say about {@code n} images, each array row-major with {@code n} rows.
   *
   * @param codes [n, latentDim] E(x) (a Gaussian encoder's mean)
   * @param reconstructions [n, 28, 28, 1] G(E(x))
   * @param features [n, units] D's joint features of (x, E(x))
   * @param logits [n] D(x, E(x))
   */
  public record Result(float[] codes, float[] reconstructions, float[] features, float[] logits) {}

  /**
   * Adds the inference ops to {@code trainer}'s graph.
   *
   * @param trainer the trainer of an ALI model, whose graph and session the ops use
   */
  public AliInference(GanTrainer<AliModel> trainer) {
    this.trainer = trainer;
    AliModel m = trainer.model();
    Ops t = Ops.create(trainer.graph()).withSubScope("infer");
    this.images =
        t.withName("images")
            .placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 28, 28, 1)));
    this.codes = m.encoder().encode(images, Mode.INFERENCE);
    this.reconstructions = m.generator().generate(codes, null, Mode.INFERENCE);
    this.judged = m.discriminator().discriminate(images, codes, Mode.INFERENCE);
  }

  /**
   * Runs all four on {@code n} images (NHWC, flattened, in [-1, 1]).
   *
   * @param x the images, {@code n * 28 * 28} floats
   * @param n the number of images
   * @return the codes E(x), the reconstructions G(E(x)), and D's joint features and logits on (x,
   *     E(x)), for the {@code n} images
   */
  public Result run(float[] x, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, got " + n);
    }
    try (TFloat32 in = Feeds.floats(x, Feeds.withBatch(images, n), n + " images");
        org.tensorflow.Result r =
            trainer
                .session()
                .runner()
                .feed(images, in)
                .fetch(codes)
                .fetch(reconstructions)
                .fetch(judged.features())
                .fetch(judged.logits())
                .run()) {
      return new Result(
          Feeds.read(r.get(0)), Feeds.read(r.get(1)), Feeds.read(r.get(2)), Feeds.read(r.get(3)));
    }
  }
}
