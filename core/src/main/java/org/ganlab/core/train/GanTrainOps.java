package org.ganlab.core.train;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.nn.Network;
import org.ganlab.core.optim.Optimizer;
import org.ganlab.core.optim.Update;
import org.ganlab.core.parallel.GradientReduction;
import org.ganlab.core.parallel.LocalShards;
import org.ganlab.core.train.cycle.CycleGanModel;
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
 * @param discriminatorTrain one discriminator update (weights, optimizer slots, the discriminators'
 *     batch-norm moving statistics)
 * @param generatorTrain one generator update, plus the generators' moving statistics, the EMA copy
 *     (if any) and the increment of {@code globalStep}
 * @param discriminatorGradientNorm global L2 norm of the discriminator gradients in a D update
 * @param generatorGradientNorm global L2 norm of the generator gradients in a G update
 * @param globalStep number of generator updates done; saved in checkpoints
 * @param ema the generator's weight average that {@code generatorTrain} updates, or null
 */
public record GanTrainOps(
    Op discriminatorTrain,
    Op generatorTrain,
    Operand<TFloat32> discriminatorGradientNorm,
    Operand<TFloat32> generatorGradientNorm,
    Variable<TInt64> globalStep,
    GeneratorEma ema) {

  /**
   * {@return the updates of any family: one optimizer over the variables of every discriminator
   * network, one over every generator network (as CycleGAN's authors chain both generators into one
   * Adam), each network's moving-statistic updates run with its side's update}
   *
   * @param tf the ops the updates are built with
   * @param loss the losses to minimize
   * @param discriminators the networks the discriminator loss trains, in order
   * @param generators the networks the generator loss trains, in order
   * @param dOptimizer the discriminators' optimizer
   * @param gOptimizer the generators' optimizer
   * @param ema the generator's weight average, or null for none
   */
  public static GanTrainOps build(
      Ops tf,
      GanLoss loss,
      List<Network<TFloat32>> discriminators,
      List<Network<TFloat32>> generators,
      Optimizer dOptimizer,
      Optimizer gOptimizer,
      GeneratorEma ema) {
    return build(tf, loss, discriminators, generators, List.of(), dOptimizer, gOptimizer, ema);
  }

  /**
   * As {@link #build(Ops, GanLoss, List, List, Optimizer, Optimizer, GeneratorEma)}, with {@code
   * discriminatorUpdates} (e.g. the image pool's writes, {@link GeneratedHistory}) run with every
   * discriminator update.
   *
   * @param tf the ops the updates are built with
   * @param loss the losses to minimize
   * @param discriminators the discriminator networks, whose variables the discriminator loss
   *     updates
   * @param generators the generator networks, whose variables the generator loss updates
   * @param discriminatorUpdates extra ops run with every discriminator update
   * @param dOptimizer the discriminators' optimizer
   * @param gOptimizer the generators' optimizer
   * @param ema the generator's moving average, updated after every generator update, or null for
   *     none
   * @return the update ops
   */
  public static GanTrainOps build(
      Ops tf,
      GanLoss loss,
      List<Network<TFloat32>> discriminators,
      List<Network<TFloat32>> generators,
      List<Op> discriminatorUpdates,
      Optimizer dOptimizer,
      Optimizer gOptimizer,
      GeneratorEma ema) {
    return build(
        tf,
        List.of(loss),
        LocalShards.NONE,
        discriminators,
        generators,
        discriminatorUpdates,
        dOptimizer,
        gOptimizer,
        ema);
  }

  /**
   * As {@link #build(Ops, GanLoss, List, List, List, Optimizer, Optimizer, GeneratorEma)} for a
   * batch split into shards: each optimizer steps along the mean over all shards of the gradients
   * of each local shard's loss ({@link Optimizer#minimize(Ops, List, List, GradientReduction)}).
   *
   * @param tf the ops the updates are built with
   * @param shardLosses the losses of each shard this graph holds, in the order of {@code
   *     reduction.localShards()}
   * @param reduction how the shards' gradients are averaged
   * @param discriminators the discriminator networks
   * @param generators the generator networks
   * @param discriminatorUpdates extra ops run with every discriminator update
   * @param dOptimizer the discriminators' optimizer
   * @param gOptimizer the generators' optimizer
   * @param ema the generator's moving average, or null for none
   * @return the update ops
   */
  public static GanTrainOps build(
      Ops tf,
      List<GanLoss> shardLosses,
      GradientReduction reduction,
      List<Network<TFloat32>> discriminators,
      List<Network<TFloat32>> generators,
      List<Op> discriminatorUpdates,
      Optimizer dOptimizer,
      Optimizer gOptimizer,
      GeneratorEma ema) {
    Update d =
        dOptimizer.minimize(
            tf.withSubScope("D_optimizer"),
            shardLosses.stream().map(GanLoss::discriminatorLoss).toList(),
            variables(discriminators),
            reduction);
    Update g =
        gOptimizer.minimize(
            tf.withSubScope("G_optimizer"),
            shardLosses.stream().map(GanLoss::generatorLoss).toList(),
            variables(generators),
            reduction);

    List<Op> dAll = statisticUpdates(discriminators);
    dAll.addAll(discriminatorUpdates);
    dAll.add(d.op());
    Op dTrain = tf.withControlDependencies(dAll).withName("D_train").noOp();

    Variable<TInt64> step = tf.withName("global_step").variable(Shape.scalar(), TInt64.class);
    Ops init = tf.withInitScope();
    init.withName("global_step_init").assign(step, init.constant(0L));

    List<Op> gAll = statisticUpdates(generators);
    gAll.add(g.op());
    Ops afterG = tf.withControlDependencies(gAll);
    List<Op> finish = new ArrayList<>(gAll);
    finish.add(afterG.assignAdd(step, afterG.constant(1L)));
    if (ema != null) {
      finish.add(ema.update(afterG));
    }
    Op gTrain = tf.withControlDependencies(finish).withName("G_train").noOp();
    return new GanTrainOps(dTrain, gTrain, d.gradientNorm(), g.gradientNorm(), step, ema);
  }

  /**
   * {@return the updates of a single GAN: D's and G's networks}
   *
   * @param tf the ops the updates are built with
   * @param model the model whose networks are updated
   * @param loss the losses to minimize
   * @param dOptimizer D's optimizer
   * @param gOptimizer G's optimizer
   * @param ema the generator's moving average, updated after every generator update, or null for
   *     none
   */
  public static GanTrainOps build(
      Ops tf,
      GanModel model,
      GanLoss loss,
      Optimizer dOptimizer,
      Optimizer gOptimizer,
      GeneratorEma ema) {
    return build(
        tf,
        loss,
        List.of(model.discriminator().network()),
        List.of(model.generator().network()),
        dOptimizer,
        gOptimizer,
        ema);
  }

  /**
   * {@return the updates of a CycleGAN-style model: one optimizer over D_A and D_B, one over G and
   * F (each loss part reaches only its own network's variables), the model's history updates (if
   * any) with the discriminators'} No EMA.
   *
   * @param tf the ops the updates are built with
   * @param model the model whose networks are updated
   * @param loss the losses to minimize
   * @param dOptimizer the optimizer of D_A and D_B
   * @param gOptimizer the optimizer of G and F
   */
  public static GanTrainOps build(
      Ops tf, CycleGanModel model, GanLoss loss, Optimizer dOptimizer, Optimizer gOptimizer) {
    return build(
        tf,
        loss,
        List.of(model.bToA().discriminator().network(), model.aToB().discriminator().network()),
        List.of(model.aToB().generator().network(), model.bToA().generator().network()),
        model.historyUpdates(),
        dOptimizer,
        gOptimizer,
        null);
  }

  private static List<Variable<TFloat32>> variables(List<Network<TFloat32>> networks) {
    List<Variable<TFloat32>> vars = new ArrayList<>();
    networks.forEach(n -> vars.addAll(n.trainableVariables()));
    return vars;
  }

  private static List<Op> statisticUpdates(List<Network<TFloat32>> networks) {
    List<Op> ops = new ArrayList<>();
    networks.forEach(n -> ops.addAll(n.statisticUpdates()));
    return ops;
  }
}
