package org.ganlab.models.bench;

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
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

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
public final class RawDcganLoop implements RawTrainingLoop {
  private static final int LATENT = 100;
  private static final int FILTERS = 64;
  private static final int KERNEL = 4;

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
   * @param seed the seed of the initial weights and latents
   */
  public RawDcganLoop(int batchSize, long seed) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
    }
    this.batchSize = batchSize;
    graph = new Graph();
    try {
      Ops tf = Ops.create(graph);
      RawOps ops = new RawOps(tf, seed);
      real = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(batchSize, 28, 28, 1)));
      nets = new RawNets(ops, batchSize, LATENT, FILTERS, KERNEL, RawNets.CriticNorm.BATCH);
      Operand<TFloat32> z =
          tf.random.randomStandardNormal(
              tf.constant(new long[] {batchSize, LATENT}),
              TFloat32.class,
              org.tensorflow.op.random.RandomStandardNormal.seed(seed));
      Operand<TFloat32> fake = nets.generate(z);
      Operand<TFloat32> onReal = nets.discriminate(real);
      Operand<TFloat32> onFake = nets.discriminate(fake);
      // Non-saturating loss: softplus(-D(x)) + softplus(D(G(z))) for D, softplus(-D(G(z))) for G.
      Operand<TInt32> batchAxis = tf.constant(0);
      dLoss =
          tf.math.add(
              tf.math.mean(tf.math.softplus(tf.math.neg(onReal)), batchAxis),
              tf.math.mean(tf.math.softplus(onFake), batchAxis));
      gLoss = tf.math.mean(tf.math.softplus(tf.math.neg(onFake)), batchAxis);
      dTrain = ops.adam(dLoss, nets.discriminatorVars, 2e-4f, 0.5f, 0.999f);
      dTrain.addAll(ops.statisticUpdates());
      gTrain = ops.adam(gLoss, nets.generatorVars, 2e-4f, 0.5f, 0.999f);
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
    return 1;
  }

  @Override
  public float[] step(List<float[]> realBatches) {
    return step(realBatches.get(0));
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
}
