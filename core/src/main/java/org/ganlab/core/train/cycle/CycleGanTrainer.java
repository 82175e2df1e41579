package org.ganlab.core.train.cycle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.UnpairedBatch;
import org.ganlab.core.data.UnpairedDataSource;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.Optimizer;
import org.ganlab.core.optim.Update;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.SessionTrainer;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.core.train.UpdateSchedule;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * Trains a CycleGAN-style model (Zhu et al. 2017) on unpaired batches: per step, {@code nCritic}
 * updates of both discriminators (one {@code Session.run} each, one optimizer over D_A's and
 * D_B's variables) and then one update of both generators (one optimizer over G's and F's
 * variables, as in the authors' code, which chains both generators' parameters into one Adam).
 *
 * <p>The determinism rules are {@link org.ganlab.core.train.GanTrainer}'s: D update {@code i} of
 * step {@code s} reads {@code data.batch(s * nCritic + i, b)}, the G update reuses the step's last
 * batch, every random stream of either direction is fed {@code seeds.pair("stream/" + direction +
 * "/" + name, u)} for update u, the optimizers make every write depend on every gradient, and the
 * step counter is a graph variable saved in checkpoints. A resumed run is therefore identical to
 * an uninterrupted one.
 *
 * <p>Not implemented: the paper's pool of 50 previously generated images for discriminator
 * updates. It is state outside the graph that a checkpoint would have to carry; discriminators here
 * see the current generators' output, as most small-scale reimplementations do. EMA of the
 * generators is not supported either ({@code emaDecay} must be 0).
 */
public final class CycleGanTrainer extends SessionTrainer<CycleGanTrainer> {
  private static final String[] DIRECTIONS = {"a_to_b", "b_to_a"};

  private final CycleGanModel model;
  private final Seeds seeds;
  private final Placeholder<TFloat32> translateInA;
  private final Operand<TFloat32> translatedAToB;
  private final Placeholder<TFloat32> translateInB;
  private final Operand<TFloat32> translatedBToA;

  private CycleGanTrainer(Builder b) {
    super(b.config);
    UnpairedDataSource data = b.data;
    TrainerConfig config = b.config;
    this.seeds = new Seeds(config.seed());
    try {
      if (config.emaDecay() != 0) {
        throw new IllegalArgumentException("CycleGanTrainer does not support a generator EMA;"
            + " emaDecay must be 0, got " + config.emaDecay());
      }
      if (!Arrays.equals(b.architecture.exampleShape(), data.shape())) {
        throw new IllegalArgumentException("architecture translates examples of shape "
            + Arrays.toString(b.architecture.exampleShape()) + " but the data source has "
            + Arrays.toString(data.shape()));
      }
      Ops tf = Ops.create(graph());
      this.model = CycleGanModel.build(tf, b.architecture, seeds, config.batchSize());
      GanLoss loss = b.loss.build(tf.withSubScope("loss"), model);
      GanModel ab = model.aToB();
      GanModel ba = model.bToA();

      // D_A and D_B: one optimizer; each D's loss part only reaches its own variables.
      List<Variable<TFloat32>> dVars = new ArrayList<>(ba.discriminator().network()
          .trainableVariables());
      dVars.addAll(ab.discriminator().network().trainableVariables());
      Update d = b.discriminatorOptimizer.minimize(tf.withSubScope("D_optimizer"),
          loss.discriminatorLoss(), dVars);
      List<Op> dAll = new ArrayList<>(ba.discriminator().network().statisticUpdates());
      dAll.addAll(ab.discriminator().network().statisticUpdates());
      dAll.add(d.op());
      Op dTrain = tf.withControlDependencies(dAll).withName("D_train").noOp();

      List<Variable<TFloat32>> gVars = new ArrayList<>(ab.generator().network()
          .trainableVariables());
      gVars.addAll(ba.generator().network().trainableVariables());
      Update g = b.generatorOptimizer.minimize(tf.withSubScope("G_optimizer"),
          loss.generatorLoss(), gVars);
      Variable<TInt64> globalStep = tf.withName("global_step").variable(Shape.scalar(),
          TInt64.class);
      Ops init = tf.withInitScope();
      init.withName("global_step_init").assign(globalStep, init.constant(0L));
      List<Op> gAll = new ArrayList<>(ab.generator().network().statisticUpdates());
      gAll.addAll(ba.generator().network().statisticUpdates());
      gAll.add(g.op());
      Ops afterG = tf.withControlDependencies(gAll);
      List<Op> finish = new ArrayList<>(gAll);
      finish.add(afterG.assignAdd(globalStep, afterG.constant(1L)));
      Op gTrain = tf.withControlDependencies(finish).withName("G_train").noOp();
      Operand<TFloat32> dNorm = d.gradientNorm();
      Operand<TFloat32> gNorm = g.gradientNorm();

      // D(x) and D(G(z)) of the step records: means over both discriminators (and patches).
      Ops s = tf.withSubScope("summary");
      Operand<TFloat32> dRealMean = meanSigmoid(s, ab.onReal().logits(), ba.onReal().logits());
      Operand<TFloat32> dFakeMean = meanSigmoid(s, ab.onGenerated().logits(),
          ba.onGenerated().logits());

      Ops t = tf.withSubScope("translate");
      int[] ex = b.architecture.exampleShape();
      long[] dims = new long[ex.length + 1];
      dims[0] = -1;
      for (int i = 0; i < ex.length; i++) {
        dims[i + 1] = ex[i];
      }
      this.translateInA = t.withName("a").placeholder(TFloat32.class,
          Placeholder.shape(Shape.of(dims)));
      this.translateInB = t.withName("b").placeholder(TFloat32.class,
          Placeholder.shape(Shape.of(dims)));
      this.translatedAToB = ab.generator().generate(translateInA, null, Mode.INFERENCE);
      this.translatedBToA = ba.generator().generate(translateInB, null, Mode.INFERENCE);

      open(loss, globalStep, session -> new UpdateSchedule<>(session,
          new UpdateSchedule.Graph(dTrain, gTrain, dRealMean, dFakeMean, dNorm, gNorm, loss),
          config.nCritic(), index -> data.batch(index, config.batchSize()), this::feed));
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private static Operand<TFloat32> meanSigmoid(Ops s, Operand<TFloat32> x, Operand<TFloat32> y) {
    Operand<TFloat32> both = s.concat(List.of(flat(s, x), flat(s, y)), s.constant(0));
    return s.math.mean(s.math.sigmoid(both), s.constant(0));
  }

  private static Operand<TFloat32> flat(Ops s, Operand<TFloat32> x) {
    return s.reshape(x, s.constant(new long[] {-1}));
  }

  /** Starts a builder with the required collaborators. */
  public static Builder builder(CycleGanArchitecture architecture, CycleGanLossFunction loss,
      UnpairedDataSource data) {
    return new Builder(architecture, loss, data);
  }

  /** The graph pieces. */
  public CycleGanModel model() {
    return model;
  }

  private List<Tensor> feed(Session.Runner r, UnpairedBatch batch, long update) {
    List<Tensor> feeds = new ArrayList<>();
    feeds.add(feedImages(r, model.realA(), batch.a(), "A"));
    feeds.add(feedImages(r, model.realB(), batch.b(), "B"));
    GanModel[] directions = {model.aToB(), model.bToA()};
    for (int d = 0; d < 2; d++) {
      for (Map.Entry<String, Placeholder<TInt64>> e :
          directions[d].streams().all().entrySet()) {
        TInt64 s = TInt64.vectorOf(
            seeds.pair("stream/" + DIRECTIONS[d] + "/" + e.getKey(), update));
        feeds.add(s);
        r.feed(e.getValue(), s);
      }
    }
    return feeds;
  }

  private static TFloat32 feedImages(Session.Runner r, Placeholder<TFloat32> p, Batch batch,
      String domain) {
    long[] dims = p.shape().asArray();
    if (batch.values().length != Shape.of(dims).size()) {
      throw new IllegalStateException("domain " + domain + " batch has " + batch.values().length
          + " values, expected " + Shape.of(dims).size() + " for shape " + Arrays.toString(dims));
    }
    TFloat32 x = TFloat32.tensorOf(Shape.of(dims), DataBuffers.of(batch.values(), true, false));
    r.feed(p, x);
    return x;
  }

  /**
   * Translates {@code n} domain-A images (NHWC, flattened, in [-1, 1]) to domain B with G in
   * inference mode.
   */
  public float[] translateAToB(float[] images, int n) {
    return translate(translateInA, translatedAToB, images, n);
  }

  /** Translates {@code n} domain-B images to domain A with F in inference mode. */
  public float[] translateBToA(float[] images, int n) {
    return translate(translateInB, translatedBToA, images, n);
  }

  private float[] translate(Placeholder<TFloat32> in, Operand<TFloat32> out, float[] images,
      int n) {
    long[] dims = in.shape().asArray();
    dims[0] = n;
    if (images.length != Shape.of(dims).size()) {
      throw new IllegalArgumentException(n + " images of shape "
          + Arrays.toString(Arrays.copyOfRange(dims, 1, dims.length)) + " need "
          + Shape.of(dims).size() + " values, got " + images.length);
    }
    try (TFloat32 x = TFloat32.tensorOf(Shape.of(dims), DataBuffers.of(images, true, false));
        Result res = session().runner().feed(in, x).fetch(out).run()) {
      TFloat32 t = (TFloat32) res.get(0);
      float[] y = new float[(int) t.shape().size()];
      t.asRawTensor().data().asFloats().read(y);
      return y;
    }
  }

  /** Optional collaborators, with the CycleGAN paper's Adam(2e-4, 0.5, 0.999) for both sides. */
  public static final class Builder {
    private final CycleGanArchitecture architecture;
    private final CycleGanLossFunction loss;
    private final UnpairedDataSource data;
    private Optimizer discriminatorOptimizer = new Adam(2e-4, 0.5, 0.999);
    private Optimizer generatorOptimizer = new Adam(2e-4, 0.5, 0.999);
    private TrainerConfig config = TrainerConfig.of(0).withBatchSize(1);

    private Builder(CycleGanArchitecture architecture, CycleGanLossFunction loss,
        UnpairedDataSource data) {
      this.architecture = Objects.requireNonNull(architecture, "architecture");
      this.loss = Objects.requireNonNull(loss, "loss");
      this.data = Objects.requireNonNull(data, "data");
    }

    /** The optimizer of both discriminators. */
    public Builder discriminatorOptimizer(Optimizer o) {
      this.discriminatorOptimizer = Objects.requireNonNull(o);
      return this;
    }

    /** The optimizer of both generators. */
    public Builder generatorOptimizer(Optimizer o) {
      this.generatorOptimizer = Objects.requireNonNull(o);
      return this;
    }

    /** Seed, batch size (CycleGAN: 1), D updates per G update and session settings. */
    public Builder config(TrainerConfig c) {
      this.config = Objects.requireNonNull(c);
      return this;
    }

    /** Builds the graph and opens the session. */
    public CycleGanTrainer build() {
      return new CycleGanTrainer(this);
    }
  }
}
