package org.ganlab.experiments;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.Optimizer;
import org.ganlab.core.train.Regularizer;
import org.ganlab.losses.GradientPenalty;
import org.ganlab.models.CycleGanPreset;
import org.ganlab.models.TrainingPreset;

/**
 * Turns a model preset's training recipe into hyperparameter defaults, so an experiment states the
 * paper's numbers once (in the preset) and {@code --set} can still change each of them.
 */
public final class Presets {
  private Presets() {}

  /**
   * {@link TrainingModule#commonDefaults()} with the recipe's batch size, n_critic and Adam
   * settings ({@code lr_d}, {@code lr_g}, {@code beta1}, {@code beta2}). {@link TrainingModule}
   * builds the optimizers from these keys, so at their defaults they equal the recipe's.
   *
   * @throws IllegalArgumentException if an optimizer is not a default-epsilon Adam or the two
   *     differ in their betas (the common keys cannot express that; bind the optimizers instead)
   */
  public static Hyperparameters.Builder defaults(TrainingPreset p) {
    return adamDefaults(p.discriminatorOptimizer(), p.generatorOptimizer())
        .withDefault("batch_size", p.batchSize())
        .withDefault("n_critic", p.nCritic());
  }

  /** The CycleGAN counterpart: batch size, one D update per G update, Adam settings. */
  public static Hyperparameters.Builder defaults(CycleGanPreset p) {
    return adamDefaults(p.discriminatorOptimizer(), p.generatorOptimizer())
        .withDefault("batch_size", p.batchSize())
        .withDefault("n_critic", p.config(0).nCritic());
  }

  /** The recipe's gradient penalty (for the default of a {@code gp_lambda} key). */
  public static GradientPenalty gradientPenalty(TrainingPreset p) {
    return p.regularizers().stream()
        .filter(GradientPenalty.class::isInstance)
        .map(GradientPenalty.class::cast)
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException(p.reference() + " has no gradient penalty"));
  }

  /** The recipe with its gradient penalty's weight replaced by {@code lambda}. */
  public static TrainingPreset withGradientPenalty(TrainingPreset p, double lambda) {
    List<Regularizer> regs = new ArrayList<>();
    for (Regularizer r : p.regularizers()) {
      regs.add(r instanceof GradientPenalty gp ? new GradientPenalty(lambda, gp.oneSided()) : r);
    }
    return p.withRegularizers(regs);
  }

  private static Hyperparameters.Builder adamDefaults(Optimizer d, Optimizer g) {
    Adam ad = adam(d);
    Adam ag = adam(g);
    if (ad.beta1() != ag.beta1() || ad.beta2() != ag.beta2()) {
      throw new IllegalArgumentException(
          "the optimizers differ in their betas ("
              + d.describe()
              + ", "
              + g.describe()
              + "); bind @Named optimizers in the experiment instead");
    }
    return TrainingModule.commonDefaults()
        .withDefault("lr_d", ad.learningRate())
        .withDefault("lr_g", ag.learningRate())
        .withDefault("beta1", ad.beta1())
        .withDefault("beta2", ad.beta2());
  }

  private static Adam adam(Optimizer o) {
    if (o instanceof Adam a && a.equals(new Adam(a.learningRate(), a.beta1(), a.beta2()))) {
      return a;
    }
    throw new IllegalArgumentException(
        "the common optimizer keys describe Adam with the default"
            + " epsilon, not "
            + o.describe()
            + "; bind @Named optimizers in the experiment instead");
  }
}
