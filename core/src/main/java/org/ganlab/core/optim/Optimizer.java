package org.ganlab.core.optim;

import java.util.List;
import org.ganlab.core.parallel.GradientReduction;
import org.ganlab.core.parallel.LocalShards;
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
  default Update minimize(Ops tf, Operand<TFloat32> loss, List<Variable<TFloat32>> vars) {
    return minimize(tf, List.of(loss), vars, LocalShards.NONE);
  }

  /**
   * Builds an update of {@code vars} from the mean over every shard of the batch of the gradient of
   * each shard's loss: the update of synchronous data parallelism. {@code reduction} averages each
   * gradient over the shards (in this graph, or across worker processes); with one shard this is
   * {@link #minimize(Ops, Operand, List)}.
   *
   * @param tf ops scoped where the optimizer's slots should live
   * @param shardLosses the scalar loss of each shard this graph holds, in the order of {@code
   *     reduction.localShards()}
   * @param vars the variables to update
   * @param reduction how the shards' gradients are averaged
   * @return the update op and the global norm of the averaged gradients
   */
  Update minimize(
      Ops tf,
      List<Operand<TFloat32>> shardLosses,
      List<Variable<TFloat32>> vars,
      GradientReduction reduction);

  /**
   * {@return a short description with every hyperparameter, e.g. "adam(lr=2e-4, beta1=0.5, ...)"}
   */
  String describe();
}
