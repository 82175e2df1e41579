package org.ganlab.models.bench;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.math.Mean;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The few helpers a hand-written TensorFlow Java loop needs: variables with their initializers,
 * batch norm with moving averages, leaky ReLU and a transposed convolution, in plain ops. Collects
 * the initializers and the moving-average updates for the loop to run.
 */
final class RawOps {
  private static final float STD = 0.02f;
  private static final float EPS = 1e-5f;
  private static final float MOMENTUM = 0.9f;

  final Ops tf;
  private final long seed;
  private final List<Op> init = new ArrayList<>();
  private final List<Op> statistics = new ArrayList<>();
  private int created;

  RawOps(Ops tf, long seed) {
    this.tf = tf;
    this.seed = seed;
  }

  /** The initializers, to run once. */
  List<Op> initializers() {
    return init;
  }

  /** The moving-average updates of every batch norm built so far. */
  List<Op> statisticUpdates() {
    return statistics;
  }

  Variable<TFloat32> variable(Shape shape, Operand<TFloat32> value) {
    Variable<TFloat32> v = tf.variable(shape, TFloat32.class);
    init.add(tf.assign(v, value));
    return v;
  }

  /** A variable drawn from N(0, 0.02^2), DCGAN's initializer, added to {@code owner}. */
  Variable<TFloat32> normal(Shape shape, List<Variable<TFloat32>> owner) {
    Operand<TFloat32> value =
        tf.math.mul(
            tf.random.statelessRandomNormal(
                tf.constant(shape.asArray()),
                tf.constant(new long[] {seed, created++}),
                TFloat32.class),
            tf.constant(STD));
    Variable<TFloat32> v = variable(shape, value);
    owner.add(v);
    return v;
  }

  /** A vector of {@code size} copies of {@code value}, added to {@code owner} unless null. */
  Variable<TFloat32> constant(long size, float value, List<Variable<TFloat32>> owner) {
    Variable<TFloat32> v =
        variable(Shape.of(size), tf.fill(tf.constant(new long[] {size}), tf.constant(value)));
    if (owner != null) {
      owner.add(v);
    }
    return v;
  }

  Variable<TFloat32> zerosLike(Variable<TFloat32> v) {
    return variable(v.shape(), tf.zeros(tf.constant(v.shape().asArray()), TFloat32.class));
  }

  /**
   * Batch norm over {@code axes} with batch statistics and new scale and offset variables (added to
   * {@code owner}); registers the moving-average updates.
   */
  Operand<TFloat32> batchNorm(
      Operand<TFloat32> x, long channels, int[] axes, List<Variable<TFloat32>> owner) {
    Variable<TFloat32> gamma = constant(channels, 1f, owner);
    Variable<TFloat32> beta = constant(channels, 0f, owner);
    Variable<TFloat32> movingMean = constant(channels, 0f, null);
    Variable<TFloat32> movingVar = constant(channels, 1f, null);
    Operand<TInt32> ax = tf.constant(axes);
    Operand<TFloat32> mean = tf.math.mean(x, ax, Mean.keepDims(true));
    Operand<TFloat32> var =
        tf.math.mean(tf.math.squaredDifference(x, mean), ax, Mean.keepDims(true));
    statistics.add(tf.assign(movingMean, ema(movingMean, mean)));
    statistics.add(tf.assign(movingVar, ema(movingVar, var)));
    return normalize(x, mean, var, gamma, beta);
  }

  /** Batch norm with batch statistics and given scale and offset, no moving averages. */
  Operand<TFloat32> batchNorm(
      Operand<TFloat32> x, int[] axes, Variable<TFloat32> gamma, Variable<TFloat32> beta) {
    Operand<TInt32> ax = tf.constant(axes);
    Operand<TFloat32> mean = tf.math.mean(x, ax, Mean.keepDims(true));
    Operand<TFloat32> var =
        tf.math.mean(tf.math.squaredDifference(x, mean), ax, Mean.keepDims(true));
    return normalize(x, mean, var, gamma, beta);
  }

  private Operand<TFloat32> normalize(
      Operand<TFloat32> x,
      Operand<TFloat32> mean,
      Operand<TFloat32> var,
      Variable<TFloat32> gamma,
      Variable<TFloat32> beta) {
    Operand<TFloat32> inv = tf.math.rsqrt(tf.math.add(var, tf.constant(EPS)));
    return tf.math.add(tf.math.mul(tf.math.sub(x, mean), tf.math.mul(inv, gamma)), beta);
  }

  private Operand<TFloat32> ema(Variable<TFloat32> moving, Operand<TFloat32> batch) {
    Operand<TFloat32> flat = tf.reshape(tf.stopGradient(batch), tf.constant(new long[] {-1}));
    return tf.math.add(
        tf.math.mul(moving, tf.constant(MOMENTUM)), tf.math.mul(flat, tf.constant(1 - MOMENTUM)));
  }

  /**
   * max(x, 0.2 x): Grappler's remapper fails on the fused LeakyRelu kernel after a bias add whose
   * gradient is also in the graph, and then skips the graph's other fusions.
   */
  Operand<TFloat32> leakyRelu(Operand<TFloat32> x, float slope) {
    return tf.math.maximum(x, tf.math.mul(x, tf.constant(slope)));
  }

  /**
   * Adam on {@code vars}, every update after every gradient of {@code loss}, then the bias
   * correction powers.
   */
  List<Op> adam(
      Operand<TFloat32> loss,
      List<Variable<TFloat32>> vars,
      float learningRate,
      float beta1,
      float beta2) {
    List<Operand<TFloat32>> grads = new ArrayList<>();
    for (org.tensorflow.Output<?> o : tf.gradients(loss, vars).dy()) {
      @SuppressWarnings("unchecked")
      Operand<TFloat32> g = (Operand<TFloat32>) o;
      grads.add(g);
    }
    Ops after = tf.withControlDependencies(new ArrayList<>(grads));
    Variable<TFloat32> beta1Power = variable(Shape.scalar(), tf.constant(beta1));
    Variable<TFloat32> beta2Power = variable(Shape.scalar(), tf.constant(beta2));
    List<Op> updates = new ArrayList<>();
    for (int i = 0; i < vars.size(); i++) {
      Variable<TFloat32> v = vars.get(i);
      updates.add(
          after.train.applyAdam(
              v,
              zerosLike(v),
              zerosLike(v),
              beta1Power,
              beta2Power,
              tf.constant(learningRate),
              tf.constant(beta1),
              tf.constant(beta2),
              tf.constant(1e-8f),
              grads.get(i)));
    }
    Ops afterUpdates = tf.withControlDependencies(updates);
    List<Op> all = new ArrayList<>(updates);
    all.add(afterUpdates.assign(beta1Power, tf.math.mul(beta1Power, tf.constant(beta1))));
    all.add(afterUpdates.assign(beta2Power, tf.math.mul(beta2Power, tf.constant(beta2))));
    return all;
  }

  /** A stride-2 transposed convolution to [batch, side, side, channels], "SAME" padding. */
  Operand<TFloat32> deconv(
      Operand<TFloat32> x, Variable<TFloat32> kernel, int batch, int side, long channels) {
    return tf.nn.conv2dBackpropInput(
        tf.constant(new int[] {batch, side, side, (int) channels}),
        kernel,
        x,
        List.of(1L, 2L, 2L, 1L),
        "SAME");
  }
}
