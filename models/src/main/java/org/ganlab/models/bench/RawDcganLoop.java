package org.ganlab.models.bench;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
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
public final class RawDcganLoop extends RawGraphLoop {
  private static final int LATENT = 100;
  private static final int FILTERS = 64;
  private static final int KERNEL = 4;

  /**
   * Builds the graph and initializes the variables.
   *
   * @param batchSize examples per batch
   * @param seed the seed of the initial weights and latents
   */
  public RawDcganLoop(int batchSize, long seed) {
    super(batchSize, seed, 1);
    try {
      RawNets nets = new RawNets(ops, batchSize, LATENT, FILTERS, KERNEL, RawNets.CriticNorm.BATCH);
      Operand<TFloat32> fake = nets.generate(nets.latents(seed));
      Operand<TFloat32> onReal = nets.discriminate(real);
      Operand<TFloat32> onFake = nets.discriminate(fake);
      // Non-saturating loss: softplus(-D(x)) + softplus(D(G(z))) for D, softplus(-D(G(z))) for G.
      Operand<TInt32> batchAxis = tf.constant(0);
      Operand<TFloat32> dLoss =
          tf.math.add(
              tf.math.mean(tf.math.softplus(tf.math.neg(onReal)), batchAxis),
              tf.math.mean(tf.math.softplus(onFake), batchAxis));
      Operand<TFloat32> gLoss = tf.math.mean(tf.math.softplus(tf.math.neg(onFake)), batchAxis);
      List<Op> dTrain = ops.adam(dLoss, nets.discriminatorVars, 2e-4f, 0.5f, 0.999f);
      dTrain.addAll(ops.statisticUpdates());
      List<Op> gTrain = ops.adam(gLoss, nets.generatorVars, 2e-4f, 0.5f, 0.999f);
      start(nets, dLoss, dTrain, gLoss, gTrain);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /**
   * One training step: a discriminator update on {@code realBatch}, then a generator update.
   *
   * @param realBatch {@code batchSize * 28 * 28} pixels in [-1, 1], NHWC
   * @return the discriminator's and the generator's loss
   */
  public float[] step(float[] realBatch) {
    return step(List.of(realBatch));
  }
}
