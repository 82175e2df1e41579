package org.ganlab.core.optim;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.config.Checks;
import org.ganlab.core.parallel.GradientReduction;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Adam (Kingma and Ba 2015) as TensorFlow's fused {@code ApplyAdam} computes it:
 *
 * <pre>
 * m = beta1 m + (1 - beta1) g
 * v = beta2 v + (1 - beta2) g^2
 * w = w - lr sqrt(1 - beta2^t) / (1 - beta1^t) * m / (sqrt(v) + epsilon)
 * </pre>
 *
 * (epsilon is added to sqrt(v), not to the bias-corrected sqrt(v-hat) as in PyTorch; the two differ
 * only by a rescaling of epsilon).
 *
 * @param learningRate step size
 * @param beta1 decay of the first moment (DCGAN: 0.5, WGAN-GP: 0)
 * @param beta2 decay of the second moment (WGAN-GP: 0.9)
 * @param epsilon numerical floor
 * @param decay the learning-rate schedule over this optimizer's updates, or null for a constant
 *     rate
 */
public record Adam(
    double learningRate, double beta1, double beta2, double epsilon, LinearDecay decay)
    implements Optimizer {

  /**
   * Validates the hyperparameters.
   *
   * @param learningRate step size
   * @param beta1 decay of the first moment (DCGAN: 0.5, WGAN-GP: 0)
   * @param beta2 decay of the second moment (WGAN-GP: 0.9)
   * @param epsilon numerical floor
   * @param decay the learning-rate schedule over this optimizer's updates, or null for a constant
   *     rate
   */
  public Adam {
    Checks.positive("learningRate", learningRate);
    Checks.inUnitInterval("beta1", beta1);
    Checks.inUnitInterval("beta2", beta2);
    Checks.positive("epsilon", epsilon);
  }

  /**
   * Adam at a constant rate.
   *
   * @param learningRate the step size
   * @param beta1 the decay of the first-moment average
   * @param beta2 the decay of the second-moment average
   * @param epsilon the constant added to the denominator
   */
  public Adam(double learningRate, double beta1, double beta2, double epsilon) {
    this(learningRate, beta1, beta2, epsilon, null);
  }

  /**
   * Adam at a constant rate with epsilon 1e-8.
   *
   * @param learningRate the step size
   * @param beta1 the decay of the first-moment average
   * @param beta2 the decay of the second-moment average
   */
  public Adam(double learningRate, double beta1, double beta2) {
    this(learningRate, beta1, beta2, 1e-8);
  }

  /**
   * {@return a copy with another learning rate}
   *
   * @param lr the learning rate of the copy
   */
  public Adam withLearningRate(double lr) {
    return new Adam(lr, beta1, beta2, epsilon, decay);
  }

  /**
   * {@return a copy with other moment decays}
   *
   * @param b1 the copy's decay of the first-moment average
   * @param b2 the copy's decay of the second-moment average
   */
  public Adam withBetas(double b1, double b2) {
    return new Adam(learningRate, b1, b2, epsilon, decay);
  }

  /**
   * {@return a copy with the learning rate scheduled by {@code d} (null: constant)}
   *
   * @param d the copy's learning-rate schedule, or null for a constant rate
   */
  public Adam withDecay(LinearDecay d) {
    return new Adam(learningRate, beta1, beta2, epsilon, d);
  }

  @Override
  public String describe() {
    return "adam(lr="
        + learningRate
        + ", beta1="
        + beta1
        + ", beta2="
        + beta2
        + ", epsilon="
        + epsilon
        + (decay == null ? "" : ", " + decay)
        + ")";
  }

  @Override
  public Update minimize(
      Ops tf,
      List<Operand<TFloat32>> shardLosses,
      List<Variable<TFloat32>> vars,
      GradientReduction reduction) {
    return new AdamBuild(tf).minimize(tf, shardLosses, vars, reduction);
  }

  /** One graph build: the bias-correction powers are shared by all variables of the update. */
  private final class AdamBuild extends GradientOptimizer {
    private final Variable<TFloat32> beta1Power;
    private final Variable<TFloat32> beta2Power;

    /** Updates done, for the decay; only in graphs with a decay, so old checkpoints load. */
    private final Variable<TFloat32> updates;

    private final Operand<TFloat32> rate;

    AdamBuild(Ops tf) {
      beta1Power = scalarOrShaped(tf, "beta1_power", Shape.scalar(), (float) beta1);
      beta2Power = scalarOrShaped(tf, "beta2_power", Shape.scalar(), (float) beta2);
      if (decay == null) {
        updates = null;
        rate = scalar(tf, learningRate);
      } else {
        updates = scalarOrShaped(tf, "updates", Shape.scalar(), 0f);
        rate = tf.math.mul(scalar(tf, learningRate), decay.factor(tf, updates));
      }
    }

    @Override
    Op apply(Ops tf, Ops slots, Variable<TFloat32> var, Operand<TFloat32> grad) {
      Variable<TFloat32> m = slot(slots, var, "m");
      Variable<TFloat32> v = slot(slots, var, "v");
      return tf.train.applyAdam(
          var,
          m,
          v,
          beta1Power,
          beta2Power,
          rate,
          scalar(tf, beta1),
          scalar(tf, beta2),
          scalar(tf, epsilon),
          grad);
    }

    @Override
    List<Op> afterApply(Ops tf) {
      List<Op> ops =
          new ArrayList<>(
              List.of(
                  tf.assign(beta1Power, tf.math.mul(beta1Power, scalar(tf, beta1))),
                  tf.assign(beta2Power, tf.math.mul(beta2Power, scalar(tf, beta2)))));
      if (updates != null) {
        ops.add(tf.assignAdd(updates, scalar(tf, 1)));
      }
      return ops;
    }

    @Override
    public String describe() {
      return Adam.this.describe();
    }
  }
}
