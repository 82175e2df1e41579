package org.ganlab.models.stabilizers;

import java.util.Arrays;
import org.ganlab.core.config.Checks;
import org.ganlab.core.nn.BatchNorm;
import org.ganlab.core.nn.Embedding;
import org.ganlab.core.nn.Initializer;
import org.ganlab.core.nn.Layer;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TFloating;

/**
 * Conditional batch normalization: batch norm whose scale and offset depend on the class, y =
 * gamma[label] * x_hat + beta[label] with x_hat the batch-normalized input (de Vries et al. 2017,
 * "Modulating early visual processing by language"; the categorical form that Miyato and Koyama
 * 2018, "cGANs with Projection Discriminator", put in their generator).
 *
 * <p>The standardization and its moving statistics are a {@link BatchNorm} without affine part
 * named {@code name}; the per-class scales and offsets are the [numClasses, channels] tables
 * "{@code name}_gamma" and "{@code name}_beta", initialized to 1 and 0 so that the layer starts as
 * plain batch norm for every class. Works on [b, c] and [b, h, w, c] inputs.
 *
 * @param <T> the compute dtype
 */
public final class ConditionalBatchNorm<T extends TFloating> {
  private final Ops tf;
  private final BatchNorm<T> norm;
  private final Embedding<T> gamma;
  private final Embedding<T> beta;
  private final long channels;

  /**
   * Conditional batch norm with batch norm's default momentum and epsilon.
   *
   * @param net the network that owns the layer's variables
   * @param name the layer's scope name within the network
   * @param channels the number of channels normalized (the last axis)
   * @param numClasses the number of classes, one scale and offset row each
   */
  public ConditionalBatchNorm(Network<T> net, String name, long channels, int numClasses) {
    this(net, name, channels, numClasses, BatchNorm.DEFAULT_MOMENTUM, BatchNorm.DEFAULT_EPSILON);
  }

  /**
   * Conditional batch norm with explicit momentum (weight of the old moving value) and epsilon.
   *
   * @param net the network that owns the layer's variables
   * @param name the layer's scope name within the network
   * @param channels the number of channels normalized (the last axis)
   * @param numClasses the number of classes, one scale and offset row each
   * @param momentum the weight of the old moving value in each update, in [0, 1)
   * @param eps the constant added to the variance before the square root
   */
  public ConditionalBatchNorm(
      Network<T> net, String name, long channels, int numClasses, double momentum, double eps) {
    Checks.positive("numClasses", numClasses);
    this.tf = net.ops();
    this.norm = new BatchNorm<>(net, name, channels, momentum, eps, false);
    this.gamma =
        new Embedding<>(net, name + "_gamma", numClasses, channels, Initializer.constant(1));
    this.beta = new Embedding<>(net, name + "_beta", numClasses, channels, Initializer.zeros());
    this.channels = channels;
  }

  /**
   * Normalizes {@code x} and applies the scale and offset of each example's class.
   *
   * @param x the batch [b, ..., channels]
   * @param labels the class of each example, [b]
   * @param mode whether batch or moving statistics are used and whether the moving ones are updated
   * @return the normalized batch, of {@code x}'s shape, scaled and offset per example by its
   *     class's rows
   */
  public Operand<T> apply(Operand<T> x, Operand<TInt32> labels, Mode mode) {
    Operand<T> normalized = norm.apply(x, mode);
    // [b, c] per-example parameters, reshaped to [b, 1, ..., 1, c] to broadcast over h and w.
    long[] shape = new long[x.shape().numDimensions()];
    Arrays.fill(shape, 1);
    shape[0] = -1;
    shape[shape.length - 1] = channels;
    Operand<T> g = tf.reshape(gamma.apply(labels), tf.constant(shape));
    Operand<T> b = tf.reshape(beta.apply(labels), tf.constant(shape));
    return tf.math.add(tf.math.mul(normalized, g), b);
  }

  /**
   * {@return this layer for fixed labels, to sit in a {@code Sequential} stack}
   *
   * @param labels the class of each example of the batches the layer will see, [b]
   */
  public Layer<T> given(Operand<TInt32> labels) {
    return (x, mode) -> apply(x, labels, mode);
  }

  /** {@return the shared standardization and its moving statistics} */
  public BatchNorm<T> batchNorm() {
    return norm;
  }

  /** {@return the [numClasses, channels] scales} */
  public Embedding<T> gamma() {
    return gamma;
  }

  /** {@return the [numClasses, channels] offsets} */
  public Embedding<T> beta() {
    return beta;
  }
}
