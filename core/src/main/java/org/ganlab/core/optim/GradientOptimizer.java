package org.ganlab.core.optim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.parallel.GradientReduction;
import org.ganlab.core.tf.MissingGradient;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * The shared skeleton of the optimizers: gradients, their global norm, the control dependencies
 * that make updates reproducible, then one fused TensorFlow apply op per variable.
 */
abstract class GradientOptimizer implements Optimizer {
  private final Map<String, Ops> slotScopes = new HashMap<>();

  @Override
  public final Update minimize(
      Ops tf,
      List<Operand<TFloat32>> shardLosses,
      List<Variable<TFloat32>> vars,
      GradientReduction reduction) {
    if (vars.isEmpty()) {
      throw new IllegalArgumentException("optimizer " + describe() + " got no variables");
    }
    if (shardLosses.size() != reduction.localShards().size()) {
      throw new IllegalArgumentException(
          shardLosses.size() + " losses for " + reduction.localShards().size() + " local shards");
    }
    // Each withSubScope scans every op already in the graph (TensorFlow Java's NameScope), so the
    // slot scopes are made now, before the gradients multiply the graph's size; slot variables
    // are still created in apply, so the graph and its names are the same either way.
    if (usesSlots()) {
      vars.forEach(v -> slotScope(tf, v));
    }
    List<Gradients> perShard = new ArrayList<>();
    for (Operand<TFloat32> loss : shardLosses) {
      perShard.add(tf.gradients(loss, vars));
    }
    List<Operand<TFloat32>> grads = new ArrayList<>();
    List<Op> gradOps = new ArrayList<>();
    List<Operand<TFloat32>> squares = new ArrayList<>();
    for (int i = 0; i < vars.size(); i++) {
      List<Operand<TFloat32>> shards = new ArrayList<>();
      for (Gradients shard : perShard) {
        Output<TFloat32> g = shard.dy(i);
        if (MissingGradient.isMissing(g)) {
          throw new IllegalArgumentException(
              "loss does not depend on variable " + vars.get(i).op().name());
        }
        shards.add(g);
      }
      Operand<TFloat32> g = reduction.mean(tf, shards);
      grads.add(g);
      gradOps.add(g);
      squares.add(tf.sum(tf.math.square(g), tf.constant(allAxes(g.shape()))));
    }
    // Stack, not concat: ConcatV2 needs at least two inputs, and a network may have one variable.
    Operand<TFloat32> norm = tf.math.sqrt(tf.sum(tf.stack(squares), tf.constant(0)));
    Ops afterGrads = tf.withControlDependencies(gradOps);
    List<Op> applies = new ArrayList<>();
    for (int i = 0; i < vars.size(); i++) {
      applies.add(apply(afterGrads, tf, vars.get(i), grads.get(i)));
    }
    List<Op> finish = new ArrayList<>(applies);
    finish.addAll(afterApply(tf.withControlDependencies(applies)));
    return new Update(tf.withControlDependencies(finish).noOp(), norm);
  }

  /**
   * Builds the apply op of one variable.
   *
   * @param tf ops that depend on all gradients (use for the update op)
   * @param slots ops without those dependencies (use for slot variables and constants)
   */
  abstract Op apply(Ops tf, Ops slots, Variable<TFloat32> var, Operand<TFloat32> grad);

  /** Whether {@link #apply} creates slot variables (plain gradient descent has none). */
  boolean usesSlots() {
    return true;
  }

  /** Ops that run after every variable is updated (Adam's bias-correction powers). */
  List<Op> afterApply(Ops tf) {
    return List.of();
  }

  /** A zero-initialized slot beside {@code var}, named after it ("generator.dense0.kernel/m"). */
  Variable<TFloat32> slot(Ops tf, Variable<TFloat32> var, String slotName) {
    // One sub-scope per variable: a second withSubScope of the same name would be made unique
    // ("generator.dense0.kernel_1/v"), splitting one variable's slots across two scopes.
    return scalarOrShaped(slotScope(tf, var), slotName, var.shape(), 0f);
  }

  private Ops slotScope(Ops tf, Variable<TFloat32> var) {
    return slotScopes.computeIfAbsent(var.op().name(), n -> tf.withSubScope(n.replace('/', '.')));
  }

  /** A variable initialized to {@code value}, in the init scope. */
  static Variable<TFloat32> scalarOrShaped(Ops tf, String name, Shape shape, float value) {
    Variable<TFloat32> v = tf.withName(name).variable(shape, TFloat32.class);
    Ops init = tf.withInitScope();
    init.withName(name + "_init").assign(v, init.fill(init.constant(shape), init.constant(value)));
    return v;
  }

  static Operand<TFloat32> scalar(Ops tf, double value) {
    return tf.constant((float) value);
  }

  private static int[] allAxes(Shape shape) {
    int[] axes = new int[shape.numDimensions()];
    for (int i = 0; i < axes.length; i++) {
      axes[i] = i;
    }
    return axes;
  }
}
