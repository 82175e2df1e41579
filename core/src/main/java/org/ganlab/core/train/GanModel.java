package org.ganlab.core.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ganlab.core.config.Checks;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.parallel.GradientReduction;
import org.ganlab.core.parallel.LocalShards;
import org.ganlab.core.seed.Seeds;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The first value of the training spine: the graph pieces of one GAN.
 *
 * @param generator the generator network
 * @param discriminator the discriminator network
 * @param realData [b, ...] placeholder the trainer feeds with a data batch
 * @param labels [b] class-id placeholder for conditional models (fed with the batch's labels, and
 *     used as the requested labels of the generated batch), or null
 * @param latent [b, latentDim] standard-normal codes drawn from the "latent" stream
 * @param generatedData G(latent, labels), training mode
 * @param onReal D(realData), updating D's moving statistics (D(augment(realData)) when the model
 *     was built with an {@link Augmentation})
 * @param onGenerated D(generatedData), leaving them alone (D(augment(generatedData)) with an
 *     augmentation)
 * @param streams the random streams the trainer must feed
 * @param batchSize examples per batch of this model's placeholders: the batch, or one shard of it
 */
public record GanModel(
    GeneratorNet generator,
    DiscriminatorNet discriminator,
    Placeholder<TFloat32> realData,
    Placeholder<TInt32> labels,
    Operand<TFloat32> latent,
    Operand<TFloat32> generatedData,
    DiscriminatorOutput onReal,
    DiscriminatorOutput onGenerated,
    RandomStreams streams,
    int batchSize)
    implements Diagnosable {

  /** Scope names of the two networks (stable: checkpoints are keyed by them). */
  public static final String GENERATOR_SCOPE = "generator";

  /** See {@link #GENERATOR_SCOPE}. */
  public static final String DISCRIMINATOR_SCOPE = "discriminator";

  /** The random stream of the real batch's {@link Augmentation}. */
  public static final String AUGMENT_REAL_STREAM = "augment_real";

  /** The random stream of the generated batch's {@link Augmentation}. */
  public static final String AUGMENT_GENERATED_STREAM = "augment_generated";

  /** {@return whether the model takes class labels} */
  public boolean conditional() {
    return labels != null;
  }

  /**
   * Builds generator and discriminator of {@code arch} into {@code tf}'s graph and wires them to
   * fresh placeholders.
   *
   * @param tf the ops of the graph to build into
   * @param arch the generator and discriminator architecture
   * @param seeds the seeds the initial weights are derived from
   * @param batchSize the examples per batch, fixed in the placeholders' shapes
   * @return the model
   */
  public static GanModel build(Ops tf, GanArchitecture arch, Seeds seeds, int batchSize) {
    return build(tf, arch, seeds, batchSize, Augmentation.NONE);
  }

  /**
   * As {@link #build(Ops, GanArchitecture, Seeds, int)}, with D applied to {@code augmentation}'s
   * transforms of the real batch (stream {@value #AUGMENT_REAL_STREAM}) and the generated batch
   * (stream {@value #AUGMENT_GENERATED_STREAM}) in both updates. {@code realData} and {@code
   * generatedData} stay unaugmented: regularizers that apply D themselves (gradient penalty,
   * DRAGAN) see the plain data, those that differentiate {@code onReal} or {@code onGenerated} (R1,
   * R2) differentiate through the augmentation, as DiffAugment's StyleGAN2 code does.
   *
   * @param tf the ops of the graph to build into
   * @param arch the generator and discriminator architecture
   * @param seeds the seeds the initial weights are derived from
   * @param batchSize the examples per batch, fixed in the placeholders' shapes
   * @param augmentation the transform of D's inputs
   * @return the model
   */
  public static GanModel build(
      Ops tf, GanArchitecture arch, Seeds seeds, int batchSize, Augmentation augmentation) {
    return buildShards(tf, arch, seeds, batchSize, augmentation, LocalShards.NONE).get(0);
  }

  /**
   * Builds generator and discriminator once and applies them to each shard of {@code shards} that
   * this graph holds: shard {@code k} has its own placeholders of {@code batchSize / shardCount}
   * rows (rows {@code [k b, (k + 1) b)} of the global batch) and the same rows of the global
   * batch's latent codes, so a shard's values do not depend on which process builds it. Only the
   * first local shard updates the networks' moving statistics (batch norm), so their updates never
   * race; on workers each process updates its own. With one shard this is exactly {@link
   * #build(Ops, GanArchitecture, Seeds, int, Augmentation)}.
   *
   * @param tf the ops of the graph to build into
   * @param arch the generator and discriminator architecture
   * @param seeds the seeds the initial weights are derived from
   * @param batchSize the global batch size, a multiple of the shard count
   * @param augmentation the transform of D's inputs
   * @param shards how the batch is split and which shards this graph holds
   * @return one model per local shard, in the order of {@link GradientReduction#localShards()}
   */
  public static List<GanModel> buildShards(
      Ops tf,
      GanArchitecture arch,
      Seeds seeds,
      int batchSize,
      Augmentation augmentation,
      GradientReduction shards) {
    Checks.positive("batch size", batchSize);
    int rows = shards.shardSize(batchSize);
    boolean sharded = shards.shardCount() > 1;
    RandomStreams streams = new RandomStreams(tf);
    GeneratorNet g = arch.buildGenerator(tf, GENERATOR_SCOPE, seeds);
    DiscriminatorNet d = arch.buildDiscriminator(tf, DISCRIMINATOR_SCOPE, seeds);
    // Placeholders before the codes: the unsharded graph keeps the op order it always had.
    List<Placeholder<TFloat32>> reals = new ArrayList<>();
    List<Placeholder<TInt32>> labels = new ArrayList<>();
    for (int k : shards.localShards()) {
      String suffix = sharded ? "_shard" + k : "";
      reals.add(
          tf.withName("real_data" + suffix)
              .placeholder(TFloat32.class, Placeholder.shape(batchShape(arch, rows))));
      labels.add(
          arch.numClasses() > 0
              ? tf.withName("labels" + suffix)
                  .placeholder(TInt32.class, Placeholder.shape(Shape.of(rows)))
              : null);
    }
    Operand<TFloat32> z =
        tf.withName("latent")
            .random
            .statelessRandomNormal(
                tf.constant(new long[] {batchSize, g.latentDim()}),
                streams.seed("latent"),
                TFloat32.class);
    List<GanModel> models = new ArrayList<>();
    for (int i = 0; i < reals.size(); i++) {
      int k = shards.localShards().get(i);
      String suffix = sharded ? "_shard" + k : "";
      Operand<TFloat32> zk =
          sharded
              ? tf.withName("latent" + suffix)
                  .slice(
                      z,
                      tf.constant(new long[] {(long) k * rows, 0}),
                      tf.constant(new long[] {rows, g.latentDim()}))
              : z;
      Mode mode = i == 0 ? Mode.TRAINING : Mode.TRAINING_WITHOUT_UPDATES;
      models.add(
          wire(
              tf,
              arch,
              g,
              d,
              streams,
              reals.get(i),
              labels.get(i),
              zk,
              suffix,
              mode,
              augmentation));
    }
    return List.copyOf(models);
  }

  private static Shape batchShape(GanArchitecture arch, int rows) {
    int[] ex = arch.exampleShape();
    long[] dims = new long[ex.length + 1];
    dims[0] = rows;
    for (int i = 0; i < ex.length; i++) {
      dims[i + 1] = ex[i];
    }
    return Shape.of(dims);
  }

  /** One shard: G on its codes, D on its real and generated rows. */
  private static GanModel wire(
      Ops tf,
      GanArchitecture arch,
      GeneratorNet g,
      DiscriminatorNet d,
      RandomStreams streams,
      Placeholder<TFloat32> real,
      Placeholder<TInt32> labels,
      Operand<TFloat32> z,
      String suffix,
      Mode mode,
      Augmentation augmentation) {
    Operand<TFloat32> fake = g.generate(z, labels, mode);
    if (!fake.shape().equals(real.shape())) {
      throw new IllegalArgumentException(
          "generator output shape "
              + fake.shape()
              + " does not match the data shape "
              + real.shape()
              + " (example shape "
              + Arrays.toString(arch.exampleShape())
              + ")");
    }
    Operand<TFloat32> seenReal = real;
    Operand<TFloat32> seenFake = fake;
    // Nothing is added when off, so such a graph equals one built before augmentations existed.
    if (augmentation.enabled()) {
      seenReal =
          augmentation.apply(
              tf.withSubScope("augment_real" + suffix), real, streams.seed(AUGMENT_REAL_STREAM));
      seenFake =
          augmentation.apply(
              tf.withSubScope("augment_generated" + suffix),
              fake,
              streams.seed(AUGMENT_GENERATED_STREAM));
    }
    DiscriminatorOutput onReal = d.discriminate(seenReal, labels, mode);
    DiscriminatorOutput onFake = d.discriminate(seenFake, labels, Mode.TRAINING_WITHOUT_UPDATES);
    return new GanModel(
        g, d, real, labels, z, fake, onReal, onFake, streams, (int) real.shape().get(0));
  }

  @Override
  public DiagnosticTargets diagnosticTargets() {
    return new DiagnosticTargets(
        List.of(generator.network()),
        List.of(discriminator.network()),
        generatedData,
        onReal.logits(),
        onGenerated.logits());
  }
}
