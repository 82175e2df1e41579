package org.ganlab.core.train.cycle;

import java.util.Arrays;
import java.util.List;
import org.ganlab.core.config.Checks;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.DiscriminatorNet;
import org.ganlab.core.train.DiscriminatorOutput;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GeneratedHistory;
import org.ganlab.core.train.GeneratorNet;
import org.ganlab.core.train.RandomStreams;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The graph pieces of a CycleGAN-style model (Zhu et al. 2017): two {@link GanModel}s, one per
 * translation direction, plus the cycle reconstructions and identity mappings.
 *
 * <p>Direction A to B is the GAN whose generator G maps A-images to B-images and whose
 * discriminator D_B judges domain B: its {@code latent()} is the A-batch placeholder, {@code
 * realData()} the B-batch placeholder, {@code generatedData()} G(a). Direction B to A mirrors it
 * with F and D_A. Any {@code GanLossFunction} (LSGAN by default) therefore builds the adversarial
 * terms of one direction as it would for an ordinary GAN.
 *
 * <p>Only the first application of each network uses {@link Mode#TRAINING} (which may update moving
 * statistics); the reconstructions, identities and second discriminator applications use {@link
 * Mode#TRAINING_WITHOUT_UPDATES}, for the reason given in {@link Mode}.
 *
 * <p>With a {@link GeneratedHistory} (CycleGAN's image pool), each discriminator is trained on the
 * history's answer to the current fakes rather than on the fakes themselves: {@code
 * aToBForDiscriminator} is direction A to B with D_B applied to the pooled G(a), and the history's
 * updates run with every discriminator update. Without one the two views are the directions
 * themselves.
 *
 * @param aToB G: A to B with D_B
 * @param bToA F: B to A with D_A
 * @param reconstructedA F(G(a)), or F(G(a) + n) with {@link CycleNoise}
 * @param reconstructedB G(F(b)), or G(F(b) + n)
 * @param identityA F(a), which the identity loss keeps close to a; null where the domains' shapes
 *     differ (F cannot read an A-image)
 * @param identityB G(b), which the identity loss keeps close to b; null where the shapes differ
 * @param batchSize examples per domain batch
 * @param aToBForDiscriminator the view D_B's loss is built from: {@code aToB}, or with a history
 *     its generated data and D_B output replaced by the pooled ones
 * @param bToAForDiscriminator the same for D_A
 * @param historyUpdates the ops that record the current fakes in the histories (none without one)
 */
public record CycleGanModel(
    GanModel aToB,
    GanModel bToA,
    Operand<TFloat32> reconstructedA,
    Operand<TFloat32> reconstructedB,
    Operand<TFloat32> identityA,
    Operand<TFloat32> identityB,
    int batchSize,
    GanModel aToBForDiscriminator,
    GanModel bToAForDiscriminator,
    List<Op> historyUpdates) {

  /** The random stream of each direction's history, e.g. "stream/a_to_b/generated_history". */
  public static final String HISTORY_STREAM = "generated_history";

  /**
   * Copies the updates.
   *
   * @param aToB G: A to B with D_B
   * @param bToA F: B to A with D_A
   * @param reconstructedA F(G(a))
   * @param reconstructedB G(F(b))
   * @param identityA F(a), which the identity loss keeps close to a
   * @param identityB G(b), which the identity loss keeps close to b
   * @param batchSize examples per domain batch
   * @param aToBForDiscriminator the view D_B's loss is built from: {@code aToB}, or with a history
   *     its generated data and D_B output replaced by the pooled ones
   * @param bToAForDiscriminator the same for D_A
   * @param historyUpdates the ops that record the current fakes in the histories (none without one)
   */
  public CycleGanModel {
    historyUpdates = List.copyOf(historyUpdates);
  }

  /**
   * A model whose discriminators see the current fakes.
   *
   * @param aToB G: A to B with D_B
   * @param bToA F: B to A with D_A
   * @param reconstructedA F(G(a))
   * @param reconstructedB G(F(b))
   * @param identityA F(a), which the identity loss keeps close to a
   * @param identityB G(b), which the identity loss keeps close to b
   * @param batchSize examples per domain batch
   */
  public CycleGanModel(
      GanModel aToB,
      GanModel bToA,
      Operand<TFloat32> reconstructedA,
      Operand<TFloat32> reconstructedB,
      Operand<TFloat32> identityA,
      Operand<TFloat32> identityB,
      int batchSize) {
    this(
        aToB,
        bToA,
        reconstructedA,
        reconstructedB,
        identityA,
        identityB,
        batchSize,
        aToB,
        bToA,
        List.of());
  }

  /** Scope of G (A to B); scopes are stable because checkpoints are keyed by them. */
  public static final String GENERATOR_A_TO_B = "generator_a_to_b";

  /** Scope of F (B to A). */
  public static final String GENERATOR_B_TO_A = "generator_b_to_a";

  /** Scope of D_A, which judges domain A. */
  public static final String DISCRIMINATOR_A = "discriminator_a";

  /** Scope of D_B, which judges domain B. */
  public static final String DISCRIMINATOR_B = "discriminator_b";

  /** {@return the placeholder fed with domain A's batch} */
  public Placeholder<TFloat32> realA() {
    return bToA.realData();
  }

  /** {@return the placeholder fed with domain B's batch} */
  public Placeholder<TFloat32> realB() {
    return aToB.realData();
  }

  /**
   * Builds both generators and discriminators into {@code tf}'s graph.
   *
   * @param tf the ops of the graph to build into
   * @param arch the generators' and discriminators' architecture
   * @param seeds the seeds the initial weights are derived from
   * @param batchSize examples per domain batch, fixed in the placeholders' shapes
   * @return the model
   */
  public static CycleGanModel build(Ops tf, CycleGanArchitecture arch, Seeds seeds, int batchSize) {
    return build(tf, arch, seeds, batchSize, GeneratedHistory.NONE, CycleNoise.NONE);
  }

  /**
   * As {@link #build(Ops, CycleGanArchitecture, Seeds, int)}, with one {@code history} per
   * discriminator (scopes "generated_history_a", "generated_history_b") between the generators and
   * the discriminator updates, and {@code noise} on each translation before it is reconstructed
   * (scopes "cycle_noise_a", "cycle_noise_b"; each direction's stream {@value CycleNoise#STREAM}).
   *
   * @param tf the ops of the graph to build into
   * @param arch the generators' and discriminators' architecture
   * @param seeds the seeds the initial weights are derived from
   * @param batchSize examples per domain batch, fixed in the placeholders' shapes
   * @param history the history each discriminator is trained on
   * @param noise the noise between a translation and its reconstruction
   * @return the model
   */
  public static CycleGanModel build(
      Ops tf,
      CycleGanArchitecture arch,
      Seeds seeds,
      int batchSize,
      GeneratedHistory history,
      CycleNoise noise) {
    Checks.positive("batch size", batchSize);
    int[] exA = arch.exampleShape();
    int[] exB = arch.exampleShapeB();
    GeneratorNet g = arch.buildGenerator(tf, GENERATOR_A_TO_B, seeds, exA, exB);
    GeneratorNet f = arch.buildGenerator(tf, GENERATOR_B_TO_A, seeds, exB, exA);
    DiscriminatorNet dA = arch.buildDiscriminator(tf, DISCRIMINATOR_A, seeds, exA);
    DiscriminatorNet dB = arch.buildDiscriminator(tf, DISCRIMINATOR_B, seeds, exB);
    Placeholder<TFloat32> a =
        tf.withName("real_a")
            .placeholder(TFloat32.class, Placeholder.shape(batchOf(batchSize, exA)));
    Placeholder<TFloat32> b =
        tf.withName("real_b")
            .placeholder(TFloat32.class, Placeholder.shape(batchOf(batchSize, exB)));

    Operand<TFloat32> fakeB = checked(g.generate(a, null, Mode.TRAINING), b, exB, "A to B");
    Operand<TFloat32> fakeA = checked(f.generate(b, null, Mode.TRAINING), a, exA, "B to A");
    DiscriminatorOutput onRealB = dB.discriminate(b, null, Mode.TRAINING);
    DiscriminatorOutput onFakeB = dB.discriminate(fakeB, null, Mode.TRAINING_WITHOUT_UPDATES);
    DiscriminatorOutput onRealA = dA.discriminate(a, null, Mode.TRAINING);
    DiscriminatorOutput onFakeA = dA.discriminate(fakeA, null, Mode.TRAINING_WITHOUT_UPDATES);

    // Separate stream scopes: a regularizer on each direction gets its own random values.
    RandomStreams streamsAToB = new RandomStreams(tf.withSubScope("a_to_b"));
    RandomStreams streamsBToA = new RandomStreams(tf.withSubScope("b_to_a"));
    Operand<TFloat32> recA =
        f.generate(
            noisy(tf, noise, fakeB, streamsAToB, "cycle_noise_b"),
            null,
            Mode.TRAINING_WITHOUT_UPDATES);
    Operand<TFloat32> recB =
        g.generate(
            noisy(tf, noise, fakeA, streamsBToA, "cycle_noise_a"),
            null,
            Mode.TRAINING_WITHOUT_UPDATES);
    // Identity mappings exist only where a generator can read its own output domain.
    boolean sameShape = Arrays.equals(exA, exB);
    Operand<TFloat32> idA = sameShape ? f.generate(a, null, Mode.TRAINING_WITHOUT_UPDATES) : null;
    Operand<TFloat32> idB = sameShape ? g.generate(b, null, Mode.TRAINING_WITHOUT_UPDATES) : null;

    GanModel aToB =
        new GanModel(g, dB, b, null, a, fakeB, onRealB, onFakeB, streamsAToB, batchSize);
    GanModel bToA =
        new GanModel(f, dA, a, null, b, fakeA, onRealA, onFakeA, streamsBToA, batchSize);
    if (!history.enabled()) {
      // Nothing added: the graph equals one built before histories existed.
      return new CycleGanModel(aToB, bToA, recA, recB, idA, idB, batchSize);
    }
    GeneratedHistory.Query pooledB =
        history.build(
            tf.withSubScope("generated_history_b"), fakeB, aToB.streams().seed(HISTORY_STREAM));
    GeneratedHistory.Query pooledA =
        history.build(
            tf.withSubScope("generated_history_a"), fakeA, bToA.streams().seed(HISTORY_STREAM));
    return new CycleGanModel(
        aToB,
        bToA,
        recA,
        recB,
        idA,
        idB,
        batchSize,
        pooled(aToB, dB, pooledB.images()),
        pooled(bToA, dA, pooledA.images()),
        List.of(pooledB.update(), pooledA.update()));
  }

  /** {@code translated}, or with {@code noise} on it drawn from the direction's stream. */
  private static Operand<TFloat32> noisy(
      Ops tf, CycleNoise noise, Operand<TFloat32> translated, RandomStreams streams, String scope) {
    if (!noise.enabled()) {
      return translated;
    }
    return noise.apply(tf.withSubScope(scope), translated, streams.seed(CycleNoise.STREAM));
  }

  /** {@code direction} with its discriminator applied to {@code images} in place of the fakes. */
  private static GanModel pooled(GanModel direction, DiscriminatorNet d, Operand<TFloat32> images) {
    return new GanModel(
        direction.generator(),
        d,
        direction.realData(),
        null,
        direction.latent(),
        images,
        direction.onReal(),
        d.discriminate(images, null, Mode.TRAINING_WITHOUT_UPDATES),
        direction.streams(),
        direction.batchSize());
  }

  /** The shape of a batch of {@code batchSize} examples of shape {@code example}. */
  private static Shape batchOf(int batchSize, int[] example) {
    long[] dims = new long[example.length + 1];
    dims[0] = batchSize;
    for (int i = 0; i < example.length; i++) {
      dims[i + 1] = example[i];
    }
    return Shape.of(dims);
  }

  /** {@code out}, checked to have the shape of the target domain's batch {@code target}. */
  private static Operand<TFloat32> checked(
      Operand<TFloat32> out, Operand<TFloat32> target, int[] ex, String direction) {
    if (!out.shape().equals(target.shape())) {
      throw new IllegalArgumentException(
          "generator "
              + direction
              + " maps to "
              + out.shape()
              + "; a translator must write the target domain's example shape "
              + Arrays.toString(ex));
    }
    return out;
  }
}
