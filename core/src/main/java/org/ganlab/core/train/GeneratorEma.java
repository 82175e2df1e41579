package org.ganlab.core.train;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.nn.Network;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * An exponential moving average of the generator's weights (Yazici et al. 2019): a second
 * generator, "generator_ema", whose trainable weights follow ema = decay * ema + (1 - decay) * w
 * after every generator update and whose batch-norm statistics are copied. Samples and evaluation
 * use it when enabled; it is usually visibly smoother than the raw generator.
 *
 * <p>Immutable once built; its ops run on the trainer's session, from the trainer's thread.
 */
public final class GeneratorEma {
  /** Scope of the averaged generator. */
  public static final String SCOPE = "generator_ema";

  private final GeneratorNet averaged;
  private final Network<TFloat32> source;
  private final double decay;

  /**
   * Builds the averaged generator with the same architecture as {@code source}.
   *
   * @param tf the ops of the graph to build into
   * @param arch the generator's architecture
   * @param seeds the seeds the averaged copy's initial weights are derived from
   * @param source the trained generator whose weights are averaged
   * @param decay the weight of the old average in each update, in [0, 1)
   */
  public GeneratorEma(
      Ops tf,
      GanArchitecture arch,
      org.ganlab.core.seed.Seeds seeds,
      GeneratorNet source,
      double decay) {
    if (!(decay > 0 && decay < 1)) {
      throw new IllegalArgumentException("EMA decay must be in (0, 1), got " + decay);
    }
    this.averaged = arch.buildGenerator(tf, SCOPE, seeds);
    this.source = source.network();
    this.decay = decay;
  }

  /** {@return the averaged generator, for sampling} */
  public GeneratorNet generator() {
    return averaged;
  }

  /**
   * {@return op that sets every averaged variable to the generator's (run once after
   * initialization)}
   *
   * @param tf the ops the op is built with
   */
  public Op copy(Ops tf) {
    List<Op> ops = new ArrayList<>();
    List<Variable<TFloat32>> src = source.allVariables();
    List<Variable<TFloat32>> dst = averaged.network().allVariables();
    for (int i = 0; i < src.size(); i++) {
      ops.add(tf.assign(dst.get(i), src.get(i)));
    }
    return tf.withControlDependencies(ops).withName("ema_copy").noOp();
  }

  /** Op that moves the average one step toward the generator's current weights. */
  Op update(Ops tf) {
    List<Op> ops = new ArrayList<>();
    List<Variable<TFloat32>> src = source.trainableVariables();
    List<Variable<TFloat32>> dst = averaged.network().trainableVariables();
    for (int i = 0; i < src.size(); i++) {
      ops.add(
          tf.assign(
              dst.get(i),
              tf.math.add(
                  tf.math.mul(dst.get(i), tf.constant((float) decay)),
                  tf.math.mul(src.get(i), tf.constant((float) (1 - decay))))));
    }
    List<Variable<TFloat32>> srcStats = source.nonTrainableVariables();
    List<Variable<TFloat32>> dstStats = averaged.network().nonTrainableVariables();
    for (int i = 0; i < srcStats.size(); i++) {
      ops.add(tf.assign(dstStats.get(i), srcStats.get(i)));
    }
    return tf.withControlDependencies(ops).noOp();
  }
}
