package org.ganlab.models;

import java.util.List;
import org.ganlab.core.config.Checks;
import org.ganlab.core.data.captions.Vocabulary;
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
import org.tensorflow.types.TInt32;

/**
 * The graph pieces of GAN-INT-CLS (Reed et al. 2016): D sees three kinds of pairs, the real image
 * with its caption (matching), the real image with another caption (mismatched) and G's image with
 * the caption it was asked for (generated); G is also asked for the halfway mixture of the two
 * captions' embeddings (interpolated, absent when the INT weight is 0). Only the first application
 * of G and of D updates moving statistics.
 *
 * @param encoder the text encoder (trained with D)
 * @param generator G
 * @param discriminator D
 * @param realData [b, 28, 28, 1] placeholder fed with the images
 * @param tokens [b, {@link Vocabulary#MAX_TOKENS}] placeholder fed with their captions
 * @param mismatchedTokens [b, {@link Vocabulary#MAX_TOKENS}] placeholder fed with other captions
 * @param latent [b, latentDim] standard-normal z from the "latent" stream
 * @param generated G(z, e(tokens))
 * @param interpolated G(z, beta e(tokens) + (1 - beta) e(mismatchedTokens)), or null
 * @param onMatching D(realData, e(tokens)) logits [b]
 * @param onMismatched D(realData, e(mismatchedTokens)) logits [b]
 * @param onGenerated D(generated, e(tokens)) logits [b]
 * @param onInterpolated D(interpolated, its mixed embedding) logits [b], or null
 * @param streams the random streams the feeder must feed
 * @param batchSize examples per batch
 */
public record TextToImageModel(
    CaptionEncoder encoder,
    CaptionGenerator generator,
    CaptionDiscriminator discriminator,
    Placeholder<TFloat32> realData,
    Placeholder<TInt32> tokens,
    Placeholder<TInt32> mismatchedTokens,
    Operand<TFloat32> latent,
    Operand<TFloat32> generated,
    Operand<TFloat32> interpolated,
    Operand<TFloat32> onMatching,
    Operand<TFloat32> onMismatched,
    Operand<TFloat32> onGenerated,
    Operand<TFloat32> onInterpolated,
    RandomStreams streams,
    int batchSize)
    implements Diagnosable {

  /** Scope names (stable: checkpoints are keyed by them). */
  public static final String ENCODER = "text_encoder";

  /** See {@link #ENCODER}. */
  public static final String GENERATOR = "generator";

  /** See {@link #ENCODER}. */
  public static final String DISCRIMINATOR = "discriminator";

  /**
   * Builds the three networks of {@code arch} into {@code tf}'s graph and wires them to fresh
   * placeholders.
   *
   * @param tf the ops of the graph to build into
   * @param arch the architecture
   * @param seeds the seeds the initial weights come from
   * @param batchSize the examples per batch, fixed in the placeholders' shapes
   * @return the wired model
   */
  public static TextToImageModel build(Ops tf, TextToImage arch, Seeds seeds, int batchSize) {
    Checks.positive("batchSize", batchSize);
    RandomStreams streams = new RandomStreams(tf);
    CaptionEncoder e = arch.buildEncoder(tf, ENCODER, seeds);
    CaptionGenerator g = arch.buildGenerator(tf, GENERATOR, seeds);
    CaptionDiscriminator d = arch.buildDiscriminator(tf, DISCRIMINATOR, seeds);
    Placeholder<TFloat32> x =
        tf.withName("real_data")
            .placeholder(TFloat32.class, Placeholder.shape(Shape.of(batchSize, 28, 28, 1)));
    Shape captions = Shape.of(batchSize, Vocabulary.MAX_TOKENS);
    Placeholder<TInt32> right =
        tf.withName("tokens").placeholder(TInt32.class, Placeholder.shape(captions));
    Placeholder<TInt32> wrong =
        tf.withName("mismatched_tokens").placeholder(TInt32.class, Placeholder.shape(captions));
    Operand<TFloat32> z =
        tf.withName("latent")
            .random
            .statelessRandomNormal(
                tf.constant(new long[] {batchSize, arch.latentDim()}),
                streams.seed("latent"),
                TFloat32.class);
    Operand<TFloat32> eRight = e.encode(right, Mode.TRAINING);
    Operand<TFloat32> eWrong = e.encode(wrong, Mode.TRAINING);
    Operand<TFloat32> fake = g.generate(z, eRight, Mode.TRAINING);
    Operand<TFloat32> mixedFake = null;
    Operand<TFloat32> onMixed = null;
    if (arch.interpolationWeight() > 0) {
      Operand<TFloat32> beta = tf.constant((float) TextToImage.BETA);
      Operand<TFloat32> mixed =
          tf.math.add(
              tf.math.mul(beta, eRight), tf.math.mul(tf.math.sub(tf.constant(1f), beta), eWrong));
      mixedFake = g.generate(z, mixed, Mode.TRAINING_WITHOUT_UPDATES);
      onMixed = d.discriminate(mixedFake, mixed, Mode.TRAINING_WITHOUT_UPDATES);
    }
    return new TextToImageModel(
        e,
        g,
        d,
        x,
        right,
        wrong,
        z,
        fake,
        mixedFake,
        d.discriminate(x, eRight, Mode.TRAINING),
        d.discriminate(x, eWrong, Mode.TRAINING_WITHOUT_UPDATES),
        d.discriminate(fake, eRight, Mode.TRAINING_WITHOUT_UPDATES),
        onMixed,
        streams,
        batchSize);
  }

  /**
   * {@return G; D with the caption encoder, which D's loss trains; D on matching and generated
   * pairs}
   */
  @Override
  public DiagnosticTargets diagnosticTargets() {
    return new DiagnosticTargets(
        List.of(generator.network()),
        List.of(discriminator.network(), encoder.network()),
        generated,
        onMatching,
        onGenerated);
  }
}
