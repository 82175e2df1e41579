package org.ganlab.core.optim;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Builds the graph ops of one gradient-descent update. Implementations hold only hyperparameters
 * (immutable); slot variables are created in the graph by {@link #minimize}.
 */
public interface Optimizer {
  /**
   * Builds an update of {@code vars} that decreases {@code loss}.
   *
   * <p>Every variable write depends on every gradient of the loss: with ref variables TensorFlow
   * could otherwise overwrite a weight while another gradient still reads it, and two identical
   * runs would differ from the first step.
   *
   * @param tf ops scoped where the optimizer's slots should live (e.g. "D_adam")
   * @param loss the scalar loss to decrease
   * @param vars the variables to update
   * @return the update op and the optimizer's own state variables
   */
  Update minimize(Ops tf, Operand<TFloat32> loss, List<Variable<TFloat32>> vars);

  /**
   * {@return a short description with every hyperparameter, e.g. "adam(lr=2e-4, beta1=0.5, ...)"}
   */
  String describe();
}
