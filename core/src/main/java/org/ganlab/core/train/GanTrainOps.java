package org.ganlab.core.train;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.optim.Optimizer;
import org.ganlab.core.optim.Update;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * The third value of the training spine: the update ops the trainer runs.
 *
 * @param discriminatorTrain one discriminator update (weights, optimizer slots, D's batch-norm
 *     moving statistics)
 * @param generatorTrain one generator update, plus G's moving statistics, the EMA copy (if any)
 *     and the increment of {@code globalStep}
 * @param discriminatorGradientNorm global L2 norm of D's gradients in a D update
 * @param generatorGradientNorm global L2 norm of G's gradients in a G update
 * @param globalStep number of generator updates done; saved in checkpoints
 */
public record GanTrainOps(Op discriminatorTrain, Op generatorTrain,
    Operand<TFloat32> discriminatorGradientNorm, Operand<TFloat32> generatorGradientNorm,
    Variable<TInt64> globalStep) {

  /**
   * Builds both updates.
   *
   * @param ema the generator's weight average, or null for none
   */
  public static GanTrainOps build(Ops tf, GanModel model, GanLoss loss, Optimizer dOptimizer,
      Optimizer gOptimizer, GeneratorEma ema) {
    Update d = dOptimizer.minimize(tf.withSubScope("D_optimizer"), loss.discriminatorLoss(),
        model.discriminator().network().trainableVariables());
    Update g = gOptimizer.minimize(tf.withSubScope("G_optimizer"), loss.generatorLoss(),
        model.generator().network().trainableVariables());

    List<Op> dAll = new ArrayList<>(model.discriminator().network().statisticUpdates());
    dAll.add(d.op());
    Op dTrain = tf.withControlDependencies(dAll).withName("D_train").noOp();

    Variable<TInt64> step = tf.withName("global_step").variable(Shape.scalar(), TInt64.class);
    Ops init = tf.withInitScope();
    init.withName("global_step_init").assign(step, init.constant(0L));

    List<Op> gAll = new ArrayList<>(model.generator().network().statisticUpdates());
    gAll.add(g.op());
    Ops afterG = tf.withControlDependencies(gAll);
    List<Op> finish = new ArrayList<>(gAll);
    finish.add(afterG.assignAdd(step, afterG.constant(1L)));
    if (ema != null) {
      finish.add(ema.update(afterG));
    }
    Op gTrain = tf.withControlDependencies(finish).withName("G_train").noOp();
    return new GanTrainOps(dTrain, gTrain, d.gradientNorm(), g.gradientNorm(), step);
  }
}
