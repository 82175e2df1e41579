package org.ganlab.models;

import java.util.List;
import org.ganlab.core.config.Checks;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Diagnosable;
import org.ganlab.core.train.DiagnosticTargets;
import org.ganlab.core.train.RandomStreams;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The graph pieces of a paired translation architecture ({@link PairedArchitecture}: pix2pix, Isola
 * et al. 2017; SRGAN, Ledig et al. 2017): G translates the fed inputs x, and D judges the real pair
 * (x, y) against the fake pair (x, G(x)). Only the first application of each network updates its
 * moving statistics ({@link Mode#TRAINING}): G(x) and D on real pairs.
 *
 * @param generator G (pix2pix's U-Net, SRGAN's residual network)
 * @param discriminator D (pix2pix's PatchGAN, SRGAN's image discriminator)
 * @param input [b, input shape] placeholder fed with the batch's inputs x ([b, 28, 28, 1] for
 *     pix2pix)
 * @param target [b, output shape] placeholder fed with the batch's targets y ([b, 28, 28, 1])
 * @param generated G(x), with dropout on
 * @param realLogits D(x, y) (pix2pix: [b, 14, 14, 1] patch logits)
 * @param fakeLogits D(x, G(x)), the same shape
 * @param streams the random streams the feeder must feed ("dropout" when G has dropout)
 * @param batchSize pairs per batch
 */
public record Pix2PixModel(
    PairedGenerator generator,
    PairedDiscriminator discriminator,
    Placeholder<TFloat32> input,
    Placeholder<TFloat32> target,
    Operand<TFloat32> generated,
    Operand<TFloat32> realLogits,
    Operand<TFloat32> fakeLogits,
    RandomStreams streams,
    int batchSize)
    implements Diagnosable {

  /** Scope names (stable: checkpoints are keyed by them). */
  public static final String GENERATOR = "generator";

  /** See {@link #GENERATOR}. */
  public static final String DISCRIMINATOR = "discriminator";

  /**
   * Builds both networks of {@code arch} into {@code tf}'s graph and wires them.
   *
   * @param tf the ops of the graph to build into
   * @param arch the architecture: its networks and shapes
   * @param seeds the seeds the initial weights are derived from
   * @param batchSize the number of pairs per batch, fixed in the placeholders' shapes
   * @return both networks wired to fresh placeholders
   */
  public static Pix2PixModel build(Ops tf, PairedArchitecture arch, Seeds seeds, int batchSize) {
    Checks.positive("batchSize", batchSize);
    RandomStreams streams = new RandomStreams(tf);
    PairedGenerator g = arch.buildGenerator(tf, GENERATOR, seeds, streams);
    PairedDiscriminator d = arch.buildDiscriminator(tf, DISCRIMINATOR, seeds);
    Placeholder<TFloat32> x =
        tf.withName("input")
            .placeholder(TFloat32.class, Placeholder.shape(batchOf(batchSize, arch.inputShape())));
    Placeholder<TFloat32> y =
        tf.withName("target")
            .placeholder(TFloat32.class, Placeholder.shape(batchOf(batchSize, arch.outputShape())));
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

  /** [batch, h, w, c] of one example's {h, w, c}; batch -1 for any batch size. */
  static Shape batchOf(long batch, int[] example) {
    return Shape.of(batch, example[0], example[1], example[2]);
  }

  @Override
  public DiagnosticTargets diagnosticTargets() {
    return new DiagnosticTargets(
        List.of(generator.network()),
        List.of(discriminator.network()),
        generated,
        realLogits,
        fakeLogits);
  }
}
