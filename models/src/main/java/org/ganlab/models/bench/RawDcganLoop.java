package org.ganlab.models.bench;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * The speed baseline of {@code ganlab bench speed}: the DCGAN of {@code Dcgan.standard()} for 28x28
 * grayscale images (latent 100, 64 filters, 4x4 kernels, batch norm, non-saturating loss, Adam 2e-4
 * / 0.5 / 0.999) written as a plain TensorFlow Java training loop, with no class of this project:
 * what a user would write by hand, and the time a framework step is measured against.
 *
 * <p>Same layers, shapes, initial distribution (N(0, 0.02)) and trainable parameter count as the
 * project's DCGAN; one step is one discriminator update on a fed real batch and one generator
 * update, each a single session call that fetches its loss. Batch norm uses batch statistics and
 * updates moving averages, as in training. Every Adam update waits for all gradients of its loss,
 * the ordering correct training needs with reference variables. Random latents come from a stateful
 * seeded op, since a hand-written loop needs no reproducible resume.
 */
public final class RawDcganLoop implements AutoCloseable {
  private static final int LATENT = 100;
  private static final int FILTERS = 64;
  private static final int KERNEL = 4;
  private static final float SLOPE = 0.2f;

  private final int batchSize;
  private final Graph graph;
  private final Session session;
  private final Ops tf;
  private final Placeholder<TFloat32> real;
  private final List<Variable<TFloat32>> generatorVars = new ArrayList<>();
  private final List<Variable<TFloat32>> discriminatorVars = new ArrayList<>();
  private final RawOps ops;
  private final Operand<TFloat32> dLoss;
  private final Operand<TFloat32> gLoss;
  private final List<Op> dTrain;
  private final List<Op> gTrain;

  /**
   * Builds the graph and initializes the variables.
   *
   * @param batchSize examples per batch
   * @param seed the seed of the initial weights and latents
   */
  public RawDcganLoop(int batchSize, long seed) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
    }
    this.batchSize = batchSize;
    graph = new Graph();
    try {
      tf = Ops.create(graph);
      ops = new RawOps(tf, seed);
      real = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(batchSize, 28, 28, 1)));
      Generator g = new Generator();
      Discriminator d = new Discriminator();
      Operand<TFloat32> z =
          tf.random.randomStandardNormal(
              tf.constant(new long[] {batchSize, LATENT}),
              TFloat32.class,
              org.tensorflow.op.random.RandomStandardNormal.seed(seed));
      Operand<TFloat32> fake = g.apply(z);
      Operand<TFloat32> onReal = d.apply(real);
      Operand<TFloat32> onFake = d.apply(fake);
      // Non-saturating loss: softplus(-D(x)) + softplus(D(G(z))) for D, softplus(-D(G(z))) for G.
      dLoss =
          tf.math.add(mean(tf.math.softplus(tf.math.neg(onReal))), mean(tf.math.softplus(onFake)));
      gLoss = mean(tf.math.softplus(tf.math.neg(onFake)));
      dTrain = adam(dLoss, discriminatorVars, "d");
      gTrain = adam(gLoss, generatorVars, "g");
      session = new Session(graph);
      Session.Runner r = session.runner();
      ops.initializers().forEach(r::addTarget);
      r.run();
    } catch (RuntimeException e) {
      graph.close();
      throw e;
    }
  }

  /** {@return the number of trainable scalars of G and D together} */
  public long trainableParameters() {
    long n = 0;
    for (Variable<TFloat32> v : generatorVars) {
      n += v.shape().size();
    }
    for (Variable<TFloat32> v : discriminatorVars) {
      n += v.shape().size();
    }
    return n;
  }

  /**
   * One training step: a discriminator update on {@code realBatch}, then a generator update.
   *
   * @param realBatch {@code batchSize * 28 * 28} pixels in [-1, 1], NHWC
   * @return the discriminator's and the generator's loss
   */
  public float[] step(float[] realBatch) {
    float[] losses = new float[2];
    try (TFloat32 x =
        TFloat32.tensorOf(Shape.of(batchSize, 28, 28, 1), DataBuffers.of(realBatch, true, false))) {
      Session.Runner r = session.runner().feed(real, x).fetch(dLoss);
      dTrain.forEach(r::addTarget);
      try (Result res = r.run()) {
        losses[0] = ((TFloat32) res.get(0)).getFloat();
      }
    }
    Session.Runner r = session.runner().fetch(gLoss);
    gTrain.forEach(r::addTarget);
    try (Result res = r.run()) {
      losses[1] = ((TFloat32) res.get(0)).getFloat();
    }
    return losses;
  }

  @Override
  public void close() {
    session.close();
    graph.close();
  }

  private Operand<TFloat32> mean(Operand<TFloat32> x) {
    return tf.math.mean(x, tf.constant(0));
  }

  /** Adam on {@code vars}, every update after every gradient; moving statistics updated too. */
  private List<Op> adam(Operand<TFloat32> loss, List<Variable<TFloat32>> vars, String name) {
    List<Operand<TFloat32>> grads = new ArrayList<>();
    for (org.tensorflow.Output<?> o : tf.gradients(loss, vars).dy()) {
      @SuppressWarnings("unchecked")
      Operand<TFloat32> g = (Operand<TFloat32>) o;
      grads.add(g);
    }
    Ops after = tf.withControlDependencies(new ArrayList<>(grads));
    Variable<TFloat32> beta1Power = ops.variable(Shape.scalar(), tf.constant(0.5f));
    Variable<TFloat32> beta2Power = ops.variable(Shape.scalar(), tf.constant(0.999f));
    List<Op> updates = new ArrayList<>();
    for (int i = 0; i < vars.size(); i++) {
      Variable<TFloat32> v = vars.get(i);
      Variable<TFloat32> m = ops.zerosLike(v);
      Variable<TFloat32> s = ops.zerosLike(v);
      updates.add(
          after.train.applyAdam(
              v,
              m,
              s,
              beta1Power,
              beta2Power,
              tf.constant(2e-4f),
              tf.constant(0.5f),
              tf.constant(0.999f),
              tf.constant(1e-8f),
              grads.get(i)));
    }
    Ops afterUpdates = tf.withControlDependencies(updates);
    List<Op> all = new ArrayList<>(updates);
    all.add(afterUpdates.assign(beta1Power, tf.math.mul(beta1Power, tf.constant(0.5f))));
    all.add(afterUpdates.assign(beta2Power, tf.math.mul(beta2Power, tf.constant(0.999f))));
    if (name.equals("d")) {
      all.addAll(ops.statisticUpdates());
    }
    return all;
  }

  /**
   * z -> dense 7x7x128 -> BN -> ReLU -> deconv 14x14x64 -> BN -> ReLU -> deconv 28x28x1 -> tanh.
   */
  private final class Generator {
    private final Variable<TFloat32> project =
        ops.normal(Shape.of(LATENT, 7 * 7 * 2 * FILTERS), generatorVars);
    private final Variable<TFloat32> deconv1 =
        ops.normal(Shape.of(KERNEL, KERNEL, FILTERS, 2 * FILTERS), generatorVars);
    private final Variable<TFloat32> deconv2 =
        ops.normal(Shape.of(KERNEL, KERNEL, 1, FILTERS), generatorVars);
    private final Variable<TFloat32> bias2 = ops.constant(1, 0f, generatorVars);

    Operand<TFloat32> apply(Operand<TFloat32> z) {
      Operand<TFloat32> h = tf.linalg.matMul(z, project);
      h = tf.nn.relu(ops.batchNorm(h, 7 * 7 * 2 * FILTERS, new int[] {0}, generatorVars));
      h = tf.reshape(h, tf.constant(new long[] {batchSize, 7, 7, 2 * FILTERS}));
      h = ops.deconv(h, deconv1, batchSize, 14, FILTERS);
      h = tf.nn.relu(ops.batchNorm(h, FILTERS, new int[] {0, 1, 2}, generatorVars));
      h = tf.nn.biasAdd(ops.deconv(h, deconv2, batchSize, 28, 1), bias2);
      return tf.math.tanh(h);
    }
  }

  /** x -> conv 14x14x64 -> LReLU -> conv 7x7x128 -> BN -> LReLU -> dense 1. */
  private final class Discriminator {
    private final Variable<TFloat32> conv1 =
        ops.normal(Shape.of(KERNEL, KERNEL, 1, FILTERS), discriminatorVars);
    private final Variable<TFloat32> bias1 = ops.constant(FILTERS, 0f, discriminatorVars);
    private final Variable<TFloat32> conv2 =
        ops.normal(Shape.of(KERNEL, KERNEL, FILTERS, 2 * FILTERS), discriminatorVars);
    private final Variable<TFloat32> gamma = ops.constant(2 * FILTERS, 1f, discriminatorVars);
    private final Variable<TFloat32> beta = ops.constant(2 * FILTERS, 0f, discriminatorVars);
    private final Variable<TFloat32> logit =
        ops.normal(Shape.of(7 * 7 * 2 * FILTERS, 1), discriminatorVars);
    private final Variable<TFloat32> logitBias = ops.constant(1, 0f, discriminatorVars);

    Operand<TFloat32> apply(Operand<TFloat32> x) {
      Operand<TFloat32> h =
          tf.nn.biasAdd(tf.nn.conv2d(x, conv1, List.of(1L, 2L, 2L, 1L), "SAME"), bias1);
      h = ops.leakyRelu(h, SLOPE);
      h = tf.nn.conv2d(h, conv2, List.of(1L, 2L, 2L, 1L), "SAME");
      // D's scale and offset are shared by the real and the generated branch.
      h = ops.leakyRelu(ops.batchNorm(h, new int[] {0, 1, 2}, gamma, beta), SLOPE);
      h = tf.reshape(h, tf.constant(new long[] {batchSize, 7 * 7 * 2 * FILTERS}));
      Operand<TFloat32> out = tf.nn.biasAdd(tf.linalg.matMul(h, logit), logitBias);
      return tf.reshape(out, tf.constant(new long[] {-1}));
    }
  }
}
