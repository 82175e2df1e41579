package org.ganlab.models.bench;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.math.Mean;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The DCGAN-shaped generator and discriminator of the raw loops for 28x28 grayscale images, in
 * plain ops: z -> dense 7x7x2f -> BN -> ReLU -> deconv 14x14xf -> BN -> ReLU -> deconv 28x28x1 ->
 * tanh, and x -> conv 14x14xf -> LReLU -> conv 7x7x2f -> BN or layer norm -> LReLU -> dense 1.
 * Variables are drawn in the order the project's networks draw theirs, so both sides have the same
 * shapes and parameter counts.
 */
final class RawNets {
  private static final float SLOPE = 0.2f;

  /** The discriminator's normalization after its second convolution. */
  enum CriticNorm {
    /** Batch norm with batch statistics (DCGAN). */
    BATCH,
    /** Per-example layer norm over height, width and channels, per-channel scale (WGAN-GP). */
    LAYER
  }

  final List<Variable<TFloat32>> generatorVars = new ArrayList<>();
  final List<Variable<TFloat32>> discriminatorVars = new ArrayList<>();
  private final Ops tf;
  private final RawOps ops;
  private final int batchSize;
  private final int latent;
  private final int filters;
  private final int kernel;
  private final CriticNorm norm;
  private final Generator generator;
  private final Discriminator discriminator;

  RawNets(RawOps ops, int batchSize, int latent, int filters, int kernel, CriticNorm norm) {
    this.tf = ops.tf;
    this.ops = ops;
    this.batchSize = batchSize;
    this.latent = latent;
    this.filters = filters;
    this.kernel = kernel;
    this.norm = norm;
    this.generator = new Generator();
    this.discriminator = new Discriminator();
  }

  /** {@return a batch of z ~ N(0, 1) from a stateful op seeded with {@code seed}} */
  Operand<TFloat32> latents(long seed) {
    return tf.random.randomStandardNormal(
        tf.constant(new long[] {batchSize, latent}),
        TFloat32.class,
        org.tensorflow.op.random.RandomStandardNormal.seed(seed));
  }

  /** {@return G(z)} */
  Operand<TFloat32> generate(Operand<TFloat32> z) {
    return generator.apply(z);
  }

  /** {@return D's score of each image, shape [batch]} */
  Operand<TFloat32> discriminate(Operand<TFloat32> x) {
    return discriminator.apply(x);
  }

  /** {@return the number of trainable scalars of G and D together} */
  long trainableParameters() {
    long n = 0;
    for (Variable<TFloat32> v : generatorVars) {
      n += v.shape().size();
    }
    for (Variable<TFloat32> v : discriminatorVars) {
      n += v.shape().size();
    }
    return n;
  }

  private final class Generator {
    private final long hidden = 7L * 7 * 2 * filters;
    private final Variable<TFloat32> project = ops.normal(Shape.of(latent, hidden), generatorVars);
    private final Variable<TFloat32> deconv1 =
        ops.normal(Shape.of(kernel, kernel, filters, 2L * filters), generatorVars);
    private final Variable<TFloat32> deconv2 =
        ops.normal(Shape.of(kernel, kernel, 1, filters), generatorVars);
    private final Variable<TFloat32> bias2 = ops.constant(1, 0f, generatorVars);

    Operand<TFloat32> apply(Operand<TFloat32> z) {
      Operand<TFloat32> h = tf.linalg.matMul(z, project);
      h = tf.nn.relu(ops.batchNorm(h, hidden, new int[] {0}, generatorVars));
      h = tf.reshape(h, tf.constant(new long[] {batchSize, 7, 7, 2L * filters}));
      h = ops.deconv(h, deconv1, batchSize, 14, filters);
      h = tf.nn.relu(ops.batchNorm(h, filters, new int[] {0, 1, 2}, generatorVars));
      h = tf.nn.biasAdd(ops.deconv(h, deconv2, batchSize, 28, 1), bias2);
      return tf.math.tanh(h);
    }
  }

  private final class Discriminator {
    private final long features = 7L * 7 * 2 * filters;
    private final Variable<TFloat32> conv1 =
        ops.normal(Shape.of(kernel, kernel, 1, filters), discriminatorVars);
    private final Variable<TFloat32> bias1 = ops.constant(filters, 0f, discriminatorVars);
    private final Variable<TFloat32> conv2 =
        ops.normal(Shape.of(kernel, kernel, filters, 2L * filters), discriminatorVars);
    private final Variable<TFloat32> gamma = ops.constant(2L * filters, 1f, discriminatorVars);
    private final Variable<TFloat32> beta = ops.constant(2L * filters, 0f, discriminatorVars);
    private final Variable<TFloat32> logit = ops.normal(Shape.of(features, 1), discriminatorVars);
    private final Variable<TFloat32> logitBias = ops.constant(1, 0f, discriminatorVars);

    Operand<TFloat32> apply(Operand<TFloat32> x) {
      Operand<TFloat32> h =
          tf.nn.biasAdd(tf.nn.conv2d(x, conv1, List.of(1L, 2L, 2L, 1L), "SAME"), bias1);
      h = ops.leakyRelu(h, SLOPE);
      h = tf.nn.conv2d(h, conv2, List.of(1L, 2L, 2L, 1L), "SAME");
      // D's scale and offset are shared by every branch that calls it.
      h =
          norm == CriticNorm.BATCH
              ? ops.batchNorm(h, new int[] {0, 1, 2}, gamma, beta)
              : layerNorm(h);
      h = ops.leakyRelu(h, SLOPE);
      h = tf.reshape(h, tf.constant(new long[] {-1, features}));
      Operand<TFloat32> out = tf.nn.biasAdd(tf.linalg.matMul(h, logit), logitBias);
      return tf.reshape(out, tf.constant(new long[] {-1}));
    }

    private Operand<TFloat32> layerNorm(Operand<TFloat32> h) {
      Operand<TInt32> axes = tf.constant(new int[] {1, 2, 3});
      Operand<TFloat32> mean = tf.math.mean(h, axes, Mean.keepDims(true));
      Operand<TFloat32> var =
          tf.math.mean(tf.math.squaredDifference(h, mean), axes, Mean.keepDims(true));
      // (var + eps)^(-1/2) as a power: the penalty differentiates this twice, and TensorFlow's
      // registry has no gradient for Rsqrt's gradient op.
      Operand<TFloat32> inv = tf.math.pow(tf.math.add(var, tf.constant(1e-5f)), tf.constant(-0.5f));
      return tf.math.add(tf.math.mul(tf.math.sub(h, mean), tf.math.mul(inv, gamma)), beta);
    }
  }
}
