package org.ganlab.core.nn;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;

/**
 * Batch normalization (Ioffe and Szegedy 2015) over all axes but the last (channels), for [b, c]
 * and [b, h, w, c] inputs. Training uses batch statistics and, in {@link Mode#TRAINING}, registers
 * an update of the moving mean and (biased) variance: moving = momentum * moving + (1 - momentum) *
 * batch. Inference uses the moving statistics.
 *
 * <p>Without its affine part (Keras' {@code center=False, scale=False}) it only standardizes, for
 * layers that bring their own scale and offset, such as conditional batch norm.
 *
 * @param <T> the compute dtype
 */
public final class BatchNorm<T extends TFloating> implements Layer<T> {
  /** Keras' default; PyTorch's 0.1 "momentum" is the same as 0.9 here. */
  public static final double DEFAULT_MOMENTUM = 0.9;

  /** PyTorch's default epsilon. */
  public static final double DEFAULT_EPSILON = 1e-5;

  private final Network<T> net;
  private final Ops tf;
  private final Variable<T> gamma;
  private final Variable<T> beta;
  private final Variable<T> movingMean;
  private final Variable<T> movingVariance;
  private final double momentum;
  private final double eps;

  /**
   * Batch norm over {@code channels} with the default momentum and epsilon.
   *
   * @param net the network that owns the layer's variables
   * @param name the layer's scope name within the network
   * @param channels the number of channels normalized (the last axis)
   */
  public BatchNorm(Network<T> net, String name, long channels) {
    this(net, name, channels, DEFAULT_MOMENTUM, DEFAULT_EPSILON);
  }

  /**
   * Batch norm with explicit momentum (weight of the old moving value) and epsilon.
   *
   * @param net the network that owns the layer's variables
   * @param name the layer's scope name within the network
   * @param channels the number of channels normalized (the last axis)
   * @param momentum the weight of the old moving value in each update, in [0, 1)
   * @param eps the constant added to the variance before the square root
   */
  public BatchNorm(Network<T> net, String name, long channels, double momentum, double eps) {
    this(net, name, channels, momentum, eps, true);
  }

  /**
   * Batch norm with explicit momentum and epsilon; {@code affine} false leaves out the learned
   * scale and offset (no "gamma" and "beta" variables).
   *
   * @param net the network that owns the layer's variables
   * @param name the layer's scope name within the network
   * @param channels the number of channels normalized (the last axis)
   * @param momentum the weight of the old moving value in each update, in [0, 1)
   * @param eps the constant added to the variance before the square root
   * @param affine whether the layer learns a scale and an offset
   */
  public BatchNorm(
      Network<T> net, String name, long channels, double momentum, double eps, boolean affine) {
    this.net = net;
    this.tf = net.ops().withSubScope(name);
    this.gamma =
        affine
            ? net.variable(tf, "gamma", Shape.of(channels), Initializer.constant(1), true)
            : null;
    this.beta =
        affine ? net.variable(tf, "beta", Shape.of(channels), Initializer.zeros(), true) : null;
    this.movingMean =
        net.variable(tf, "moving_mean", Shape.of(channels), Initializer.zeros(), false);
    this.movingVariance =
        net.variable(tf, "moving_variance", Shape.of(channels), Initializer.constant(1), false);
    this.momentum = momentum;
    this.eps = eps;
  }

  @Override
  public Operand<T> apply(Operand<T> x, Mode mode) {
    int rank = x.shape().numDimensions();
    int[] axes = new int[rank - 1];
    for (int i = 0; i < rank - 1; i++) {
      axes[i] = i;
    }
    if (!mode.usesBatchStatistics()) {
      return Standardize.affine(tf, x, movingMean, movingVariance, eps, gamma, beta);
    }
    Standardize.Moments<T> m = Standardize.moments(tf, x, axes);
    if (mode == Mode.TRAINING) {
      Operand<T> mean = tf.reshape(m.mean(), tf.constant(new long[] {-1}));
      Operand<T> var = tf.reshape(m.variance(), tf.constant(new long[] {-1}));
      net.addStatisticUpdate(tf.assign(movingMean, ema(movingMean, mean)));
      net.addStatisticUpdate(tf.assign(movingVariance, ema(movingVariance, var)));
    }
    return Standardize.affine(tf, x, m.mean(), m.variance(), eps, gamma, beta);
  }

  private Operand<T> ema(Operand<T> moving, Operand<T> batch) {
    Operand<T> keep = tf.dtypes.cast(tf.constant(momentum), moving.type());
    Operand<T> take = tf.dtypes.cast(tf.constant(1 - momentum), moving.type());
    return tf.math.add(tf.math.mul(moving, keep), tf.math.mul(tf.stopGradient(batch), take));
  }

  /** {@return the moving mean (non-trainable)} */
  public Variable<T> movingMean() {
    return movingMean;
  }

  /** {@return the moving variance (non-trainable)} */
  public Variable<T> movingVariance() {
    return movingVariance;
  }
}
