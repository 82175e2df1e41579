package org.ganlab.core.optim;

import java.util.List;
import org.ganlab.core.config.Checks;
import org.ganlab.core.parallel.GradientReduction;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.train.ApplyMomentum;
import org.tensorflow.types.TFloat32;

/**
 * Stochastic gradient descent with (optionally Nesterov) momentum, as TensorFlow's {@code
 * ApplyMomentum} computes it: accum = momentum accum + g; w = w - lr accum. Without momentum it is
 * w = w - lr g ({@code ApplyGradientDescent}).
 *
 * @param learningRate step size
 * @param momentum momentum in [0, 1)
 * @param nesterov use Nesterov's variant: w = w - lr (g + momentum accum)
 */
public record Sgd(double learningRate, double momentum, boolean nesterov) implements Optimizer {

  /**
   * Validates the hyperparameters.
   *
   * @param learningRate step size
   * @param momentum momentum in [0, 1)
   * @param nesterov use Nesterov's variant: w = w - lr (g + momentum accum)
   */
  public Sgd {
    Checks.positive("learningRate", learningRate);
    Checks.inUnitInterval("momentum", momentum);
  }

  /**
   * Plain gradient descent.
   *
   * @param learningRate the step size
   */
  public Sgd(double learningRate) {
    this(learningRate, 0, false);
  }

  @Override
  public String describe() {
    return "sgd(lr=" + learningRate + ", momentum=" + momentum + ", nesterov=" + nesterov + ")";
  }

  @Override
  public Update minimize(
      Ops tf,
      List<Operand<TFloat32>> shardLosses,
      List<Variable<TFloat32>> vars,
      GradientReduction reduction) {
    return new GradientOptimizer() {
      @Override
      boolean usesSlots() {
        return momentum != 0;
      }

      @Override
      Op apply(Ops deps, Ops slots, Variable<TFloat32> var, Operand<TFloat32> grad) {
        if (momentum == 0) {
          return deps.train.applyGradientDescent(var, scalar(deps, learningRate), grad);
        }
        Variable<TFloat32> accum = slot(slots, var, "momentum");
        return deps.train.applyMomentum(
            var,
            accum,
            scalar(deps, learningRate),
            grad,
            scalar(deps, momentum),
            ApplyMomentum.useNesterov(nesterov));
      }

      @Override
      public String describe() {
        return Sgd.this.describe();
      }
    }.minimize(tf, shardLosses, vars, reduction);
  }
}
