package org.ganlab.core.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ganlab.core.seed.Seeds;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;

/**
 * A named variable scope in a TensorFlow graph: the variables of one network (generator,
 * discriminator, classifier) and the statistic updates its layers register.
 *
 * <p>Layers are created against a network; they create their variables once, at construction, and
 * may be applied any number of times (a discriminator is applied to real and generated data with
 * the same weights). Variable names are stable ("generator/deconv1/kernel"), which is what makes
 * checkpoints portable across runs and readable by other TensorFlow tools.
 *
 * @param <T> the dtype of the variables and of the computation (float32 to train, float64 is useful
 *     for finite-difference gradient checks)
 *     <p>Not thread-safe: it collects variables while one thread builds the graph.
 */
public final class Network<T extends TFloating> {
  private final Ops tf;
  private final String name;
  private final Class<T> dtype;
  private final Seeds seeds;
  private final List<Variable<T>> trainable = new ArrayList<>();
  private final List<Variable<T>> nonTrainable = new ArrayList<>();
  private final List<Op> statisticUpdates = new ArrayList<>();

  /**
   * @param tf the graph's root ops
   * @param name the scope name; must be unique in the graph
   * @param dtype the variable and compute dtype
   * @param seeds the run's seed tree; each initializer draws from seed("init/" + variable name)
   */
  public Network(Ops tf, String name, Class<T> dtype, Seeds seeds) {
    this.tf = tf.withSubScope(name);
    this.name = name;
    this.dtype = dtype;
    this.seeds = seeds;
  }

  /** {@return ops scoped to this network, for layers to create their own sub-scopes} */
  public Ops ops() {
    return tf;
  }

  /** {@return the scope name} */
  public String name() {
    return name;
  }

  /** {@return the variable and compute dtype} */
  public Class<T> dtype() {
    return dtype;
  }

  /**
   * Creates a variable under {@code layerOps}' scope, initialized by {@code init} from a seed
   * derived from its full name, so adding a layer never changes another layer's initial values.
   *
   * @param layerOps the ops of the layer's scope
   * @param varName the variable's name within that scope
   * @param shape the variable's shape
   * @param init the initializer
   * @param isTrainable whether the optimizer updates it (false for moving statistics)
   * @return the variable
   */
  public Variable<T> variable(
      Ops layerOps, String varName, Shape shape, Initializer init, boolean isTrainable) {
    Variable<T> v = layerOps.withName(varName).variable(shape, dtype);
    String fullName = v.op().name();
    Ops initOps = layerOps.withInitScope();
    Operand<T> value = init.create(initOps, shape, dtype, seeds.pair("init/" + fullName, 0));
    initOps.withName(varName + "_init").assign(v, value);
    (isTrainable ? trainable : nonTrainable).add(v);
    return v;
  }

  /**
   * Called by layers (batch norm) whose moving statistics must be updated in training steps.
   *
   * @param update the op that updates the statistics
   */
  public void addStatisticUpdate(Op update) {
    statisticUpdates.add(update);
  }

  /** {@return variables the optimizer updates, in creation order} */
  public List<Variable<T>> trainableVariables() {
    return Collections.unmodifiableList(trainable);
  }

  /** {@return variables that are state but not optimized (batch-norm moving statistics)} */
  public List<Variable<T>> nonTrainableVariables() {
    return Collections.unmodifiableList(nonTrainable);
  }

  /** {@return all variables: trainable first, then non-trainable, each in creation order} */
  public List<Variable<T>> allVariables() {
    List<Variable<T>> all = new ArrayList<>(trainable);
    all.addAll(nonTrainable);
    return all;
  }

  /** {@return moving-statistic updates registered by layers applied in {@link Mode#TRAINING}} */
  public List<Op> statisticUpdates() {
    return Collections.unmodifiableList(statisticUpdates);
  }

  /** {@return number of trainable scalars} */
  public long parameterCount() {
    return trainable.stream().mapToLong(v -> v.shape().size()).sum();
  }
}
