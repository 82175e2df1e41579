package org.ganlab.core.optim;

import java.util.List;
import org.ganlab.core.config.Checks;
import org.ganlab.core.parallel.GradientReduction;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * RMSProp (the original WGAN's optimizer) as TensorFlow's {@code ApplyRMSProp} computes it:
 *
 * <pre>
 * ms  = rho ms + (1 - rho) g^2
 * mom = momentum mom + lr g / sqrt(ms + epsilon)
 * w   = w - mom
 * </pre>
 *
 * The mean-square slot starts at zero, as in Keras and PyTorch.
 *
 * @param learningRate step size
 * @param rho decay of the mean square
 * @param momentum momentum (0 for plain RMSProp)
 * @param epsilon numerical floor, inside the square root
 */
public record RmsProp(double learningRate, double rho, double momentum, double epsilon)
    implements Optimizer {

  /**
   * Validates the hyperparameters.
   *
   * @param learningRate step size
   * @param rho decay of the mean square
   * @param momentum momentum (0 for plain RMSProp)
   * @param epsilon numerical floor, inside the square root
   */
  public RmsProp {
    Checks.positive("learningRate", learningRate);
    Checks.inUnitInterval("rho", rho);
    Checks.inUnitInterval("momentum", momentum);
    Checks.positive("epsilon", epsilon);
  }

  /**
   * RMSProp with rho 0.9, no momentum, epsilon 1e-7 (Keras' defaults).
   *
   * @param learningRate the step size
   */
  public RmsProp(double learningRate) {
    this(learningRate, 0.9, 0, 1e-7);
  }

  @Override
  public String describe() {
    return "rmsprop(lr="
        + learningRate
        + ", rho="
        + rho
        + ", momentum="
        + momentum
        + ", epsilon="
        + epsilon
        + ")";
  }

  @Override
  public Update minimize(
      Ops tf,
      List<Operand<TFloat32>> shardLosses,
      List<Variable<TFloat32>> vars,
      GradientReduction reduction) {
    return new GradientOptimizer() {
      @Override
      Op apply(Ops deps, Ops slots, Variable<TFloat32> var, Operand<TFloat32> grad) {
        Variable<TFloat32> ms = slot(slots, var, "ms");
        Variable<TFloat32> mom = slot(slots, var, "mom");
        return deps.train.applyRmsProp(
            var,
            ms,
            mom,
            scalar(deps, learningRate),
            scalar(deps, rho),
            scalar(deps, momentum),
            scalar(deps, epsilon),
            grad);
      }

      @Override
      public String describe() {
        return RmsProp.this.describe();
      }
    }.minimize(tf, shardLosses, vars, reduction);
  }
}
