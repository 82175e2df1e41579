package org.ganlab.docs.examples;

// [START imports]
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.GaussianMixture2D;
import org.ganlab.core.nn.Activations;
import org.ganlab.core.nn.Dense;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.ganlab.core.nn.Sequential;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.Feeder;
import org.ganlab.core.train.Feeds;
import org.ganlab.core.train.GanFamily;
import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.GanTrainOps;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.GeneratorNet;
import org.ganlab.core.train.LatentSampler;
import org.ganlab.core.train.RandomStreams;
import org.ganlab.core.train.Scores;
import org.ganlab.core.train.Spine;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.losses.NonSaturatingLoss;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

// [END imports]

/**
 * A GAN family of one's own, written with the public API only: a tiny BiGAN / ALI (Donahue et al.
 * 2017, "Adversarial Feature Learning"; Dumoulin et al. 2017, "Adversarially Learned Inference") of
 * three MLPs on the 2D ring of 8 Gaussians. An encoder E maps points to codes, a generator G codes
 * to points, and a discriminator D judges pairs: (x, E(x)) real, (G(z), z) fake. Guide chapter
 * "Writing a new GAN family"; {@link PointAliExperiment} runs it as an experiment.
 *
 * <p>{@code main} trains 3000 steps (well under a minute on two cores); pass another step count as
 * the first argument.
 */
public final class PointAli {
  /** Size of the latent code z. */
  public static final int LATENT = 2;

  /** Held-out points the example encodes and reconstructs. */
  public static final int HELD_OUT = 1000;

  private PointAli() {}

  // [START networks]
  /**
   * One network built into the graph: its variables and its layers. Every network here is an MLP,
   * and G must be a {@link GeneratorNet} for {@link LatentSampler}, so the one type is all three.
   */
  public record Mlp(Network<TFloat32> network, Layer<TFloat32> body, int inputs)
      implements GeneratorNet {
    /** in -> [dense 64 -> LeakyReLU 0.2] x 2 -> dense out, under scope {@code name}. */
    static Mlp build(Ops tf, String name, Seeds seeds, int in, int out) {
      Network<TFloat32> net = new Network<>(tf, name, TFloat32.class, seeds);
      Initializer init = Initializer.glorotUniform();
      Layer<TFloat32> body =
          new Sequential<>(
              List.of(
                  new Dense<>(net, "dense1", in, 64, init),
                  Activations.leakyRelu(net.ops(), 0.2),
                  new Dense<>(net, "dense2", 64, 64, init),
                  Activations.leakyRelu(net.ops(), 0.2),
                  new Dense<>(net, "out", 64, out, init)));
      return new Mlp(net, body, in);
    }

    @Override
    public Operand<TFloat32> generate(Operand<TFloat32> latent, Operand<TInt32> labels, Mode mode) {
      return body.apply(latent, mode);
    }

    @Override
    public int latentDim() {
      return inputs;
    }
  }

  // [END networks]

  // [START model]
  /**
   * The family's model value: everything the loss, the feeder and later users need, built once.
   *
   * @param generator G: codes to points
   * @param encoder E: points to codes
   * @param discriminator D: (point, code) pairs to logits
   * @param points [b, 2] placeholder the feeder fills with a data batch
   * @param encoded E(x)
   * @param realLogits D(x, E(x))
   * @param fakeLogits D(G(z), z)
   * @param streams the random streams the feeder seeds (here only "latent")
   * @param batchSize examples per batch
   */
  public record Model(
      Mlp generator,
      Mlp encoder,
      Mlp discriminator,
      Placeholder<TFloat32> points,
      Operand<TFloat32> encoded,
      Operand<TFloat32> realLogits,
      Operand<TFloat32> fakeLogits,
      RandomStreams streams,
      int batchSize) {

    static Model build(Ops tf, Seeds seeds, int batchSize) {
      RandomStreams streams = new RandomStreams(tf);
      Mlp g = Mlp.build(tf, "generator", seeds, LATENT, 2);
      Mlp e = Mlp.build(tf, "encoder", seeds, 2, LATENT);
      Mlp d = Mlp.build(tf, "discriminator", seeds, 2 + LATENT, 1);
      Placeholder<TFloat32> x =
          tf.withName("points")
              .placeholder(TFloat32.class, Placeholder.shape(Shape.of(batchSize, 2)));
      // Every random value comes from a stream the trainer seeds per update.
      Operand<TFloat32> z =
          tf.random.statelessRandomNormal(
              tf.constant(new long[] {batchSize, LATENT}), streams.seed("latent"), TFloat32.class);
      Operand<TFloat32> ex = e.body().apply(x, Mode.TRAINING);
      Operand<TFloat32> gz = g.body().apply(z, Mode.TRAINING);
      return new Model(
          g,
          e,
          d,
          x,
          ex,
          judge(tf, d, x, ex, Mode.TRAINING),
          judge(tf, d, gz, z, Mode.TRAINING_WITHOUT_UPDATES),
          streams,
          batchSize);
    }

    /** D(x, z) as [b] logits: D sees the pair as one input. */
    static Operand<TFloat32> judge(
        Ops tf, Mlp d, Operand<TFloat32> x, Operand<TFloat32> z, Mode mode) {
      Operand<TFloat32> pair = tf.concat(List.of(x, z), tf.constant(1));
      return tf.reshape(d.body().apply(pair, mode), tf.constant(new long[] {-1}));
    }
  }

  // [END model]

  // [START family]
  /** The family: how to build the spine (model, loss, train ops, feeder) into an empty graph. */
  public record Family(DataSource data, OptimizerPair optimizers) implements GanFamily<Model> {
    @Override
    public Spine<Model> build(Ops tf, TrainerConfig config) {
      config.requireNoEma("the point ALI family");
      Seeds seeds = new Seeds(config.seed());
      Model m = Model.build(tf, seeds, config.batchSize());
      // D tells real pairs from fake ones; G and E minimize the same loss with swapped labels.
      Ops l = tf.withSubScope("loss");
      GanLoss loss =
          new GanLoss(
              NonSaturatingLoss.discriminatorLoss(l, m.fakeLogits(), m.realLogits()),
              NonSaturatingLoss.discriminatorLoss(l, m.realLogits(), m.fakeLogits()),
              Map.of(),
              Map.of(),
              Scores.of(
                  l, Scores.Kind.PROBABILITY, List.of(m.realLogits()), List.of(m.fakeLogits())));
      // One optimizer over D; one over G and E together, the generator side.
      GanTrainOps ops =
          GanTrainOps.build(
              tf,
              loss,
              List.of(m.discriminator().network()),
              List.of(m.generator().network(), m.encoder().network()),
              optimizers.discriminator(),
              optimizers.generator(),
              null);
      return new Spine<>(m, loss, ops, feeder(m, data, seeds));
    }
  }

  // [END family]

  // [START feeder]
  /**
   * Batch {@code k} of the data into the placeholder, and every stream seeded from the update
   * index: the feeds are a pure function of (root seed, batch, update), so runs repeat and resume.
   */
  static Feeder feeder(Model m, DataSource data, Seeds seeds) {
    // Feeds.collect closes what was created if feeding fails; otherwise the trainer closes the
    // tensors after the update.
    return (runner, batchIndex, update) ->
        Feeds.collect(
            created -> {
              float[] x = data.batch(batchIndex, m.batchSize()).values();
              Feeds.values(runner, m.points(), x, "points", created);
              Feeds.streams(runner, m.streams(), seeds, "stream/", update, created);
            });
  }

  // [END feeder]

  /**
   * What a run of the example produced.
   *
   * @param records every step's values
   * @param samples [500, 2] points G generated after training
   * @param sameMode share of held-out points whose reconstruction G(E(x)) lies nearest the mode of
   *     x (chance: 1/8)
   */
  public record Outcome(List<StepRecord> records, float[] samples, double sameMode) {}

  /** Trains for {@code args[0]} steps (default 3000) and prints what it measured. */
  public static void main(String[] args) {
    Outcome o = train(args.length > 0 ? Long.parseLong(args[0]) : 3000, 0);
    System.out.println("last step: " + o.records().get(o.records().size() - 1));
    System.out.println("reconstructions in the mode of their point: " + o.sameMode());
  }

  /** Trains {@code steps} steps from root seed {@code seed}, then samples and reconstructs. */
  public static Outcome train(long steps, long seed) {
    // [START train]
    GaussianMixture2D ring = GaussianMixture2D.ring8();
    Seeds seeds = new Seeds(seed);
    Adam adam = new Adam(1e-4, 0.5, 0.999);
    Family family = new Family(ring.source(seeds), OptimizerPair.of(adam));
    try (GanTrainer<Model> trainer =
        GanTrainer.open(family, TrainerConfig.of(seed).withBatchSize(256))) {
      List<StepRecord> records = new ArrayList<>();
      trainer.train(steps, (t, record, nanos) -> records.add(record));
      // [END train]
      // [START sample]
      // G's points, from latent codes of a seed of our own, in inference mode.
      LatentSampler sampler =
          new LatentSampler(trainer, trainer.model().generator(), new int[] {2}, 0);
      float[] samples = sampler.sample(seeds.pair("my-samples", 0), 500, null);

      // E then G on held-out points: ops of our own in the trainer's graph and session.
      Model m = trainer.model();
      Ops tf = Ops.create(trainer.graph()).withSubScope("reconstruct");
      Placeholder<TFloat32> in = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 2)));
      Operand<TFloat32> rec =
          m.generator().body().apply(m.encoder().body().apply(in, Mode.INFERENCE), Mode.INFERENCE);
      float[] x = ring.sample(new Seeds(seed + 1), 0, HELD_OUT).values();
      float[] xr;
      try (TFloat32 feed = Feeds.floats(x, Shape.of(HELD_OUT, 2), "held-out points");
          Result r = trainer.session().runner().feed(in, feed).fetch(rec).run()) {
        xr = Feeds.read(r.get(0));
      }
      // [END sample]
      int same = 0;
      for (int i = 0; i < HELD_OUT; i++) {
        if (ring.nearestMode(x[2 * i], x[2 * i + 1])
            == ring.nearestMode(xr[2 * i], xr[2 * i + 1])) {
          same++;
        }
      }
      return new Outcome(records, samples, same / (double) HELD_OUT);
    }
  }
}
