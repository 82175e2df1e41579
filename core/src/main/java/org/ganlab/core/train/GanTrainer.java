package org.ganlab.core.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.Optimizer;
import org.ganlab.core.seed.Seeds;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

/**
 * The fourth value of the training spine: owns the graph and session of one GAN and runs its
 * updates — {@code nCritic} discriminator updates, then one generator update, per step, one
 * {@code Session.run} each.
 *
 * <p>Everything random is a function of (root seed, update index): data batch k is
 * {@code data.batch(k, b)}, and every random stream is fed {@code seeds.pair("stream/" + name,
 * u)} for update u. Restoring a checkpoint of step s and continuing therefore gives the same
 * values as never stopping.
 *
 * <p>Usable from plain Java:
 *
 * <pre>{@code
 * try (GanTrainer t = GanTrainer.builder(Dcgan.standard(), new NonSaturatingLoss(), data)
 *     .config(TrainerConfig.of(7)).build()) {
 *   t.train(1000, (trainer, record, nanos) -> System.out.println(record));
 * }
 * }</pre>
 */
public final class GanTrainer extends SessionTrainer<GanTrainer> {
  private final GanModel model;
  private final Seeds seeds;
  private final long exampleSize;
  private final Placeholder<TInt64> sampleCount;
  private final Placeholder<TInt64> sampleSeed;
  private final Placeholder<TInt32> sampleLabels;
  private final Operand<TFloat32> samples;

  /** A trainer with Adam(2e-4, 0.5, 0.999) for both networks (the DCGAN paper's settings). */
  public GanTrainer(GanArchitecture architecture, GanLossFunction loss, DataSource data,
      TrainerConfig config) {
    this(builder(architecture, loss, data).config(config));
  }

  private GanTrainer(Builder b) {
    super(b.config);
    DataSource data = b.data;
    TrainerConfig config = b.config;
    this.seeds = new Seeds(config.seed());
    this.exampleSize = Arrays.stream(b.architecture.exampleShape()).asLongStream()
        .reduce(1, (x, y) -> x * y);
    try {
      checkShapes(b.architecture, data);
      Ops tf = Ops.create(graph());
      this.model = GanModel.build(tf, b.architecture, seeds, config.batchSize());
      GanLoss loss = GanLoss.build(tf.withSubScope("loss"), model, b.loss, b.regularizers);
      GeneratorEma ema = config.emaDecay() > 0
          ? new GeneratorEma(tf, b.architecture, seeds, model.generator(), config.emaDecay())
          : null;
      GanTrainOps ops = GanTrainOps.build(tf, model, loss, b.discriminatorOptimizer,
          b.generatorOptimizer, ema);
      Ops stats = tf.withSubScope("summary");
      Operand<TFloat32> dRealMean = stats.math.mean(stats.math.sigmoid(model.onReal().logits()),
          stats.constant(0));
      Operand<TFloat32> dFakeMean = stats.math.mean(
          stats.math.sigmoid(model.onGenerated().logits()), stats.constant(0));

      Ops s = tf.withSubScope("sample");
      this.sampleCount = s.withName("count").placeholder(TInt64.class,
          Placeholder.shape(Shape.scalar()));
      this.sampleSeed = s.withName("seed").placeholder(TInt64.class,
          Placeholder.shape(Shape.of(2)));
      this.sampleLabels = model.conditional()
          ? s.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)))
          : null;
      GeneratorNet sampler = ema != null ? ema.generator() : model.generator();
      Operand<TInt64> zShape = s.stack(List.of(sampleCount,
          s.constant((long) sampler.latentDim())));
      Operand<TFloat32> z = s.random.statelessRandomNormal(zShape, sampleSeed, TFloat32.class);
      this.samples = sampler.generate(z, sampleLabels, Mode.INFERENCE);

      Session session = open(loss, ops.globalStep(), opened -> new UpdateSchedule<>(opened,
          new UpdateSchedule.Graph(ops.discriminatorTrain(), ops.generatorTrain(), dRealMean,
              dFakeMean, ops.discriminatorGradientNorm(), ops.generatorGradientNorm(), loss),
          config.nCritic(), index -> data.batch(index, config.batchSize()), this::feed));
      if (ema != null) {
        session.run(ema.copy(tf));
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private static void checkShapes(GanArchitecture arch, DataSource data) {
    if (!Arrays.equals(arch.exampleShape(), data.shape())) {
      throw new IllegalArgumentException("architecture produces examples of shape "
          + Arrays.toString(arch.exampleShape()) + " but the data source has "
          + Arrays.toString(data.shape()));
    }
    if (arch.numClasses() > 0 && data.numClasses() != arch.numClasses()) {
      throw new IllegalArgumentException("conditional architecture expects "
          + arch.numClasses() + " classes but the data source has " + data.numClasses());
    }
  }

  /** Starts a builder with the required collaborators. */
  public static Builder builder(GanArchitecture architecture, GanLossFunction loss,
      DataSource data) {
    return new Builder(architecture, loss, data);
  }

  /** The graph pieces, e.g. for extra fetches in tests. */
  public GanModel model() {
    return model;
  }

  private List<Tensor> feed(Session.Runner r, Batch batch, long update) {
    List<Tensor> feeds = new ArrayList<>();
    long[] dims = model.realData().shape().asArray();
    if (batch.values().length != dims[0] * exampleSize) {
      throw new IllegalStateException("data batch has " + batch.values().length
          + " values, expected " + dims[0] * exampleSize + " for shape " + Arrays.toString(dims));
    }
    TFloat32 x = TFloat32.tensorOf(Shape.of(dims), DataBuffers.of(batch.values(), true, false));
    feeds.add(x);
    r.feed(model.realData(), x);
    if (model.conditional()) {
      TInt32 y = TInt32.vectorOf(Objects.requireNonNull(batch.labels(), "labels"));
      feeds.add(y);
      r.feed(model.labels(), y);
    }
    for (Map.Entry<String, Placeholder<TInt64>> e : model.streams().all().entrySet()) {
      TInt64 s = TInt64.vectorOf(seeds.pair("stream/" + e.getKey(), update));
      feeds.add(s);
      r.feed(e.getValue(), s);
    }
    return feeds;
  }

  /**
   * Generates {@code n} examples (NHWC, flattened) in inference mode from latent codes drawn with
   * {@code seedPair} — the same codes every time, so a fixed seed gives a fixed sample grid. Uses
   * the EMA generator when enabled.
   *
   * @param labels requested classes for a conditional model (length n), else null
   */
  public float[] sample(long[] seedPair, int n, int[] labels) {
    if (model.conditional() && (labels == null || labels.length != n)) {
      throw new IllegalArgumentException("a conditional model needs " + n + " labels");
    }
    try (TInt64 count = TInt64.scalarOf(n); TInt64 seed = TInt64.vectorOf(seedPair);
        TInt32 y = labels != null && sampleLabels != null ? TInt32.vectorOf(labels) : null) {
      Session.Runner r = session().runner().feed(sampleCount, count).feed(sampleSeed, seed)
          .fetch(samples);
      if (y != null) {
        r.feed(sampleLabels, y);
      }
      try (Result res = r.run()) {
        TFloat32 t = (TFloat32) res.get(0);
        float[] out = new float[(int) t.shape().size()];
        t.asRawTensor().data().asFloats().read(out);
        return out;
      }
    }
  }

  /** Optional collaborators of a trainer, with the DCGAN paper's defaults. */
  public static final class Builder {
    private final GanArchitecture architecture;
    private final GanLossFunction loss;
    private final DataSource data;
    private List<Regularizer> regularizers = List.of();
    private Optimizer discriminatorOptimizer = new Adam(2e-4, 0.5, 0.999);
    private Optimizer generatorOptimizer = new Adam(2e-4, 0.5, 0.999);
    private TrainerConfig config = TrainerConfig.of(0);

    private Builder(GanArchitecture architecture, GanLossFunction loss, DataSource data) {
      this.architecture = Objects.requireNonNull(architecture, "architecture");
      this.loss = Objects.requireNonNull(loss, "loss");
      this.data = Objects.requireNonNull(data, "data");
    }

    /** Penalties added to the losses (gradient penalty, R1, ...). */
    public Builder regularizers(List<Regularizer> r) {
      this.regularizers = List.copyOf(r);
      return this;
    }

    /** The discriminator's optimizer (its learning rate is the D half of TTUR). */
    public Builder discriminatorOptimizer(Optimizer o) {
      this.discriminatorOptimizer = Objects.requireNonNull(o);
      return this;
    }

    /** The generator's optimizer. */
    public Builder generatorOptimizer(Optimizer o) {
      this.generatorOptimizer = Objects.requireNonNull(o);
      return this;
    }

    /** Seed, batch size, n_critic, EMA and session settings. */
    public Builder config(TrainerConfig c) {
      this.config = Objects.requireNonNull(c);
      return this;
    }

    /** Builds the graph and opens the session. */
    public GanTrainer build() {
      return new GanTrainer(this);
    }
  }
}
