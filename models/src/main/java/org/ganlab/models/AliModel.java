package org.ganlab.models;

import java.util.List;
import org.ganlab.core.config.Checks;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Diagnosable;
import org.ganlab.core.train.DiagnosticTargets;
import org.ganlab.core.train.GeneratorNet;
import org.ganlab.core.train.RandomStreams;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The graph pieces of BiGAN / ALI (Donahue et al. 2017; Dumoulin et al. 2017): D judges the real
 * pair (x, E(x)) against the generated pair (G(z), z). Only the first application of each network
 * updates its moving statistics ({@link Mode#TRAINING}): E(x), G(z), D on real pairs.
 *
 * @param generator G
 * @param encoder E
 * @param discriminator D
 * @param realData [b, 28, 28, 1] placeholder fed with the data batch
 * @param latent [b, latentDim] standard-normal z from the "latent" stream
 * @param encoded E(x) of the fed batch
 * @param generated G(z)
 * @param reconstructed G(E(x)): for monitoring in a BiGAN, the training target of an autoencoder
 * @param onReal D(x, E(x)): features and logits
 * @param onGenerated D(G(z), z)
 * @param streams the random streams the feeder must feed
 * @param batchSize examples per batch
 */
public record AliModel(
    GeneratorNet generator,
    AliEncoder encoder,
    AliDiscriminator discriminator,
    Placeholder<TFloat32> realData,
    Operand<TFloat32> latent,
    Operand<TFloat32> encoded,
    Operand<TFloat32> generated,
    Operand<TFloat32> reconstructed,
    AliDiscriminator.Output onReal,
    AliDiscriminator.Output onGenerated,
    RandomStreams streams,
    int batchSize)
    implements Diagnosable {

  /** Scope names (stable: checkpoints are keyed by them). */
  public static final String GENERATOR = "generator";

  /** See {@link #GENERATOR}. */
  public static final String ENCODER = "encoder";

  /** See {@link #GENERATOR}. */
  public static final String DISCRIMINATOR = "discriminator";

  /**
   * Builds the three networks of {@code arch} into {@code tf}'s graph and wires them.
   *
   * @param tf the ops of the graph to build into
   * @param arch the architecture: latent size, width, encoder kind, dropout
   * @param seeds the seeds the initial weights are derived from
   * @param batchSize the number of examples per batch, fixed in the placeholders' shapes
   * @return the three networks wired to fresh placeholders
   */
  public static AliModel build(Ops tf, Ali arch, Seeds seeds, int batchSize) {
    return build(tf, arch, seeds, batchSize, false);
  }

  /**
   * As {@link #build(Ops, Ali, Seeds, int)}, for training E and G as an autoencoder ({@link
   * AutoencoderFamily}): G's moving statistics come from the reconstruction G(E(x)) instead of
   * G(z), so that inference reconstructs with the statistics it was trained on.
   *
   * @param tf the ops of the graph to build into
   * @param arch the architecture: latent size, width, encoder kind, dropout
   * @param seeds the seeds the initial weights are derived from
   * @param batchSize the number of examples per batch, fixed in the placeholders' shapes
   * @return the three networks wired to fresh placeholders
   */
  public static AliModel buildAutoencoder(Ops tf, Ali arch, Seeds seeds, int batchSize) {
    return build(tf, arch, seeds, batchSize, true);
  }

  private static AliModel build(Ops tf, Ali arch, Seeds seeds, int batchSize, boolean autoencoder) {
    Checks.positive("batchSize", batchSize);
    RandomStreams streams = new RandomStreams(tf);
    GeneratorNet g = arch.buildGenerator(tf, GENERATOR, seeds);
    AliEncoder e = arch.buildEncoder(tf, ENCODER, seeds, streams);
    AliDiscriminator d = arch.buildDiscriminator(tf, DISCRIMINATOR, seeds, streams);
    Placeholder<TFloat32> x =
        tf.withName("real_data")
            .placeholder(TFloat32.class, Placeholder.shape(Shape.of(batchSize, 28, 28, 1)));
    Operand<TFloat32> z =
        tf.withName("latent")
            .random
            .statelessRandomNormal(
                tf.constant(new long[] {batchSize, arch.latentDim()}),
                streams.seed("latent"),
                TFloat32.class);
    Operand<TFloat32> ex = e.encode(x, Mode.TRAINING);
    Mode sampling = autoencoder ? Mode.TRAINING_WITHOUT_UPDATES : Mode.TRAINING;
    Mode reconstruction = autoencoder ? Mode.TRAINING : Mode.TRAINING_WITHOUT_UPDATES;
    Operand<TFloat32> gz = g.generate(z, null, sampling);
    return new AliModel(
        g,
        e,
        d,
        x,
        z,
        ex,
        gz,
        g.generate(ex, null, reconstruction),
        d.discriminate(x, ex, Mode.TRAINING),
        d.discriminate(gz, z, Mode.TRAINING_WITHOUT_UPDATES),
        streams,
        batchSize);
  }

  /** {@return G with the encoder, which the generator loss trains; D; D(x, E(x)) and D(G(z), z)} */
  @Override
  public DiagnosticTargets diagnosticTargets() {
    return new DiagnosticTargets(
        List.of(generator.network(), encoder.network()),
        List.of(discriminator.network()),
        generated,
        onReal.logits(),
        onGenerated.logits());
  }
}
