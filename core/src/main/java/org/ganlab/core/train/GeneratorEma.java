package org.ganlab.core.train;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.nn.Mode;
import org.ganlab.core.nn.Network;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * An exponential moving average of the generator's weights (Yazici et al. 2019): a second
 * generator, "generator_ema", whose trainable weights follow ema = decay * ema + (1 - decay) * w
 * after every generator update. Samples and evaluation use it when enabled; it is usually visibly
 * smoother than the raw generator.
 *
 * <p>Its batch-norm statistics are its own: every generator update also runs the averaged generator
 * in training mode on that update's latent batch (and labels), and its layers' moving statistics
 * follow that pass, before its weights move. Copying the raw generator's statistics instead would
 * normalize the averaged weights' activations with another network's statistics, which BigGAN
 * (Brock et al. 2019) avoids by recomputing "standing statistics" for the averaged generator before
 * sampling; here they are kept current every step, at the cost of one generator forward pass per
 * update (none for a generator without batch norm, whose pass nothing needs).
 *
 * <p>Immutable once built; its ops run on the trainer's session, from the trainer's thread.
 */
public final class GeneratorEma {
  /** Scope of the averaged generator. */
  public static final String SCOPE = "generator_ema";

  private final GeneratorNet averaged;
  private final Network<TFloat32> source;
  private final Operand<TFloat32> latent;
  private final Operand<TInt32> labels;
  private final double decay;

  /**
   * Builds the averaged generator of {@code model}'s generator, with the same architecture.
   *
   * @param tf the ops of the graph to build into
   * @param arch the generator's architecture
   * @param seeds the seeds the averaged copy's initial weights are derived from
   * @param model the model whose generator is averaged; its latent batch and labels drive the
   *     averaged generator's batch-norm statistics
   * @param decay the weight of the old average in each update, in [0, 1)
   */
  public GeneratorEma(
      Ops tf,
      GanArchitecture arch,
      org.ganlab.core.seed.Seeds seeds,
      GanModel model,
      double decay) {
    if (!(decay > 0 && decay < 1)) {
      throw new IllegalArgumentException("EMA decay must be in (0, 1), got " + decay);
    }
    this.averaged = arch.buildGenerator(tf, SCOPE, seeds);
    this.source = model.generator().network();
    this.latent = model.latent();
    this.labels = model.labels();
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

  /**
   * Op that updates the averaged generator's batch-norm statistics from its own training-mode pass
   * over the update's latent batch, then moves its weights one step toward the generator's.
   */
  Op update(Ops tf) {
    // The statistic updates depend on every layer that reads the averaged weights on their way to
    // a batch norm (later layers are not run at all), so ordering the weight assignments after
    // them makes the pass read the old weights in every run, never a mix.
    averaged.generate(latent, labels, Mode.TRAINING);
    List<Op> statistics = averaged.network().statisticUpdates();
    Ops afterStatistics = tf.withControlDependencies(statistics);
    List<Op> ops = new ArrayList<>(statistics);
    List<Variable<TFloat32>> src = source.trainableVariables();
    List<Variable<TFloat32>> dst = averaged.network().trainableVariables();
    for (int i = 0; i < src.size(); i++) {
      ops.add(
          afterStatistics.assign(
              dst.get(i),
              tf.math.add(
                  tf.math.mul(dst.get(i), tf.constant((float) decay)),
                  tf.math.mul(src.get(i), tf.constant((float) (1 - decay))))));
    }
    return tf.withControlDependencies(ops).noOp();
  }
}
