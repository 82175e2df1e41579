package org.ganlab.models.bench;

import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.random.RandomStandardNormal;
import org.tensorflow.op.random.RandomUniform;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The WGAN-GP speed baseline of {@code ganlab bench speed --model wgan-gp}: the network and recipe
 * of {@code WganGp.standard().training()} (latent 128, 64 filters, 5x5 kernels, batch norm in G,
 * layer norm in the critic; Wasserstein loss, two-sided gradient penalty with lambda 10 on random
 * interpolates, 5 critic updates per generator update, Adam 1e-4 / 0 / 0.9) written as a plain
 * TensorFlow Java loop with no class of this project.
 *
 * <p>Same layers, shapes and trainable parameter count as the project's WGAN-GP. One step is five
 * critic updates, each a session call on its own fed real batch, then one generator update. The
 * penalty needs the critic's gradient with respect to its input inside the critic's loss, so each
 * critic update differentiates twice, as the project's does.
 */
public final class RawWganGpLoop implements RawTrainingLoop {
  private static final int LATENT = 128;
  private static final int FILTERS = 64;
  private static final int KERNEL = 5;
  private static final int CRITIC_UPDATES = 5;
  private static final float LAMBDA = 10f;

  private final int batchSize;
  private final Graph graph;
  private final Session session;
  private final Placeholder<TFloat32> real;
  private final RawNets nets;
  private final Operand<TFloat32> dLoss;
  private final Operand<TFloat32> gLoss;
  private final List<Op> dTrain;
  private final List<Op> gTrain;

  /**
   * Builds the graph and initializes the variables.
   *
   * @param batchSize examples per batch
   * @param seed the seed of the initial weights, latents and interpolation weights
   */
  public RawWganGpLoop(int batchSize, long seed) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
    }
    this.batchSize = batchSize;
    graph = new Graph();
    try {
      Ops tf = Ops.create(graph);
      RawOps ops = new RawOps(tf, seed);
      real = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(batchSize, 28, 28, 1)));
      nets = new RawNets(ops, batchSize, LATENT, FILTERS, KERNEL, RawNets.CriticNorm.LAYER);
      Operand<TFloat32> z =
          tf.random.randomStandardNormal(
              tf.constant(new long[] {batchSize, LATENT}),
              TFloat32.class,
              RandomStandardNormal.seed(seed));
      Operand<TFloat32> fake = nets.generate(z);
      Operand<TInt32> batchAxis = tf.constant(0);
      Operand<TFloat32> onReal = tf.math.mean(nets.discriminate(real), batchAxis);
      Operand<TFloat32> onFake = tf.math.mean(nets.discriminate(fake), batchAxis);
      // Critic: D(G(z)) - D(x) + lambda (|grad D(x_hat)| - 1)^2, x_hat between x and G(z).
      Operand<TFloat32> eps =
          tf.random.randomUniform(
              tf.constant(new long[] {batchSize, 1, 1, 1}),
              TFloat32.class,
              RandomUniform.seed(seed + 1));
      Operand<TFloat32> x = tf.stopGradient(real);
      Operand<TFloat32> gz = tf.stopGradient(fake);
      Operand<TFloat32> between = tf.math.add(gz, tf.math.mul(eps, tf.math.sub(x, gz)));
      Operand<TFloat32> scores = nets.discriminate(between);
      // An explicit seed of 1: the default one is an OnesLike op, which has no gradient itself.
      Output<TFloat32> grad =
          tf.gradients(
                  tf.sum(scores, batchAxis),
                  List.of(between),
                  Gradients.dx(List.of(tf.constant(1f))))
              .dy(0);
      Operand<TFloat32> norms =
          tf.math.sqrt(tf.sum(tf.math.square(grad), tf.constant(new int[] {1, 2, 3})));
      Operand<TFloat32> penalty =
          tf.math.mean(tf.math.square(tf.math.sub(norms, tf.constant(1f))), batchAxis);
      dLoss = tf.math.add(tf.math.sub(onFake, onReal), tf.math.mul(tf.constant(LAMBDA), penalty));
      gLoss = tf.math.neg(onFake);
      dTrain = ops.adam(dLoss, nets.discriminatorVars, 1e-4f, 0f, 0.9f);
      gTrain = ops.adam(gLoss, nets.generatorVars, 1e-4f, 0f, 0.9f);
      // G's batch norm statistics move with G's update; the critic has none.
      gTrain.addAll(ops.statisticUpdates());
      session = new Session(graph);
      Session.Runner r = session.runner();
      ops.initializers().forEach(r::addTarget);
      r.run();
    } catch (RuntimeException e) {
      graph.close();
      throw e;
    }
  }

  @Override
  public long trainableParameters() {
    return nets.trainableParameters();
  }

  @Override
  public int realBatchesPerStep() {
    return CRITIC_UPDATES;
  }

  @Override
  public float[] step(List<float[]> realBatches) {
    if (realBatches.size() != CRITIC_UPDATES) {
      throw new IllegalArgumentException(
          CRITIC_UPDATES + " real batches per step, got " + realBatches.size());
    }
    float[] losses = new float[2];
    for (float[] batch : realBatches) {
      try (TFloat32 x =
          TFloat32.tensorOf(Shape.of(batchSize, 28, 28, 1), DataBuffers.of(batch, true, false))) {
        Session.Runner r = session.runner().feed(real, x).fetch(dLoss);
        dTrain.forEach(r::addTarget);
        try (Result res = r.run()) {
          losses[0] = ((TFloat32) res.get(0)).getFloat();
        }
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
}
