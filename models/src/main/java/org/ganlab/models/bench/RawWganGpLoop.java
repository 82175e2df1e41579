package org.ganlab.models.bench;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.op.Op;
import org.tensorflow.op.core.Gradients;
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
public final class RawWganGpLoop extends RawGraphLoop {
  private static final int LATENT = 128;
  private static final int FILTERS = 64;
  private static final int KERNEL = 5;
  private static final int CRITIC_UPDATES = 5;
  private static final float LAMBDA = 10f;

  /**
   * Builds the graph and initializes the variables.
   *
   * @param batchSize examples per batch
   * @param seed the seed of the initial weights, latents and interpolation weights
   */
  public RawWganGpLoop(int batchSize, long seed) {
    super(batchSize, seed, CRITIC_UPDATES);
    try {
      RawNets nets = new RawNets(ops, batchSize, LATENT, FILTERS, KERNEL, RawNets.CriticNorm.LAYER);
      Operand<TFloat32> fake = nets.generate(nets.latents(seed));
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
      Operand<TFloat32> dLoss =
          tf.math.add(tf.math.sub(onFake, onReal), tf.math.mul(tf.constant(LAMBDA), penalty));
      Operand<TFloat32> gLoss = tf.math.neg(onFake);
      List<Op> dTrain = ops.adam(dLoss, nets.discriminatorVars, 1e-4f, 0f, 0.9f);
      List<Op> gTrain = ops.adam(gLoss, nets.generatorVars, 1e-4f, 0f, 0.9f);
      // G's batch norm statistics move with G's update; the critic has none.
      gTrain.addAll(ops.statisticUpdates());
      start(nets, dLoss, dTrain, gLoss, gTrain);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }
}
