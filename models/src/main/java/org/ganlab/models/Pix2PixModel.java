package org.ganlab.models;

import org.ganlab.core.nn.Mode;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.RandomStreams;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The graph pieces of pix2pix (Isola et al. 2017): G translates the fed inputs x, and D judges the
 * real pair (x, y) against the fake pair (x, G(x)). Only the first application of each network
 * updates its moving statistics ({@link Mode#TRAINING}): G(x) and D on real pairs.
 *
 * @param generator G, the U-Net
 * @param discriminator D, the PatchGAN
 * @param input [b, 28, 28, 1] placeholder fed with the batch's inputs x
 * @param target [b, 28, 28, 1] placeholder fed with the batch's targets y
 * @param generated G(x), with dropout on
 * @param realLogits D(x, y), [b, 14, 14, 1]
 * @param fakeLogits D(x, G(x)), [b, 14, 14, 1]
 * @param streams the random streams the feeder must feed ("dropout" when G has dropout)
 * @param batchSize pairs per batch
 */
public record Pix2PixModel(
    UNetGenerator generator,
    PatchDiscriminator discriminator,
    Placeholder<TFloat32> input,
    Placeholder<TFloat32> target,
    Operand<TFloat32> generated,
    Operand<TFloat32> realLogits,
    Operand<TFloat32> fakeLogits,
    RandomStreams streams,
    int batchSize) {

  /** Scope names (stable: checkpoints are keyed by them). */
  public static final String GENERATOR = "generator";

  /** See {@link #GENERATOR}. */
  public static final String DISCRIMINATOR = "discriminator";

  /**
   * Builds both networks of {@code arch} into {@code tf}'s graph and wires them.
   *
   * @param tf the ops of the graph to build into
   * @param arch the architecture: width and dropout
   * @param seeds the seeds the initial weights are derived from
   * @param batchSize the number of pairs per batch, fixed in the placeholders' shapes
   * @return both networks wired to fresh placeholders
   */
  public static Pix2PixModel build(Ops tf, Pix2Pix arch, Seeds seeds, int batchSize) {
    Params.positive("batchSize", batchSize);
    RandomStreams streams = new RandomStreams(tf);
    UNetGenerator g = arch.buildGenerator(tf, GENERATOR, seeds, streams);
    PatchDiscriminator d = arch.buildDiscriminator(tf, DISCRIMINATOR, seeds);
    Shape shape = Shape.of(batchSize, 28, 28, 1);
    Placeholder<TFloat32> x =
        tf.withName("input").placeholder(TFloat32.class, Placeholder.shape(shape));
    Placeholder<TFloat32> y =
        tf.withName("target").placeholder(TFloat32.class, Placeholder.shape(shape));
    Operand<TFloat32> gx = g.translate(x, Mode.TRAINING);
    return new Pix2PixModel(
        g,
        d,
        x,
        y,
        gx,
        d.logits(x, y, Mode.TRAINING),
        d.logits(x, gx, Mode.TRAINING_WITHOUT_UPDATES),
        streams,
        batchSize);
  }
}
