package org.ganlab.core.optim;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.ganlab.core.config.Hyperparameter;

/**
 * The two optimizers of a GAN, as a recipe states them, with the keys a run changes them by: {@code
 * lr_d}, {@code lr_g} (two time-scale rates, Heusel et al. 2017) and the {@code beta1}, {@code
 * beta2} both share. The keys describe Adam; reading them from a pair of other optimizers, or of
 * Adams that differ in their betas, fails with a message saying so.
 *
 * @param discriminator the discriminator's optimizer
 * @param generator the generator's optimizer
 */
public record OptimizerPair(Optimizer discriminator, Optimizer generator) {

  /**
   * Validates.
   *
   * @param discriminator the discriminator's optimizer
   * @param generator the generator's optimizer
   */
  public OptimizerPair {
    if (discriminator == null || generator == null) {
      throw new IllegalArgumentException("both optimizers are required");
    }
  }

  /**
   * {@return the same optimizer settings for both networks}
   *
   * @param both the optimizer of the discriminator and of the generator
   */
  public static OptimizerPair of(Optimizer both) {
    return new OptimizerPair(both, both);
  }

  /** {@code lr_d}, {@code lr_g}, {@code beta1}, {@code beta2}. */
  public static final List<Hyperparameter<OptimizerPair>> HYPERPARAMETERS =
      List.of(
          Hyperparameter.ofDouble(
              "lr_d",
              1e-8,
              1,
              "discriminator learning rate (TTUR: may differ)",
              p -> adam(p.discriminator()).learningRate(),
              (p, lr) -> p.withDiscriminator(adam(p.discriminator()).withLearningRate(lr))),
          Hyperparameter.ofDouble(
              "lr_g",
              1e-8,
              1,
              "generator learning rate",
              p -> adam(p.generator()).learningRate(),
              (p, lr) -> p.withGenerator(adam(p.generator()).withLearningRate(lr))),
          beta("beta1", "Adam beta1", Adam::beta1, (a, b) -> a.withBetas(b, a.beta2())),
          beta("beta2", "Adam beta2", Adam::beta2, (a, b) -> a.withBetas(a.beta1(), b)));

  /**
   * {@return a copy with another discriminator optimizer}
   *
   * @param d the discriminator optimizer of the copy
   */
  public OptimizerPair withDiscriminator(Optimizer d) {
    return new OptimizerPair(d, generator);
  }

  /**
   * {@return a copy with another generator optimizer}
   *
   * @param g the generator optimizer of the copy
   */
  public OptimizerPair withGenerator(Optimizer g) {
    return new OptimizerPair(discriminator, g);
  }

  /**
   * {@return both learning rates decaying linearly to zero over the last {@code fraction} of each
   * optimizer's updates ({@code dUpdates}, {@code gUpdates}); fraction 0 keeps them constant}
   *
   * @param fraction the share of each optimizer's updates over which its rate decays, in [0, 1]
   * @param dUpdates the discriminator optimizer's total updates
   * @param gUpdates the generator optimizer's total updates
   */
  public OptimizerPair withDecay(double fraction, long dUpdates, long gUpdates) {
    return new OptimizerPair(
        adam(discriminator).withDecay(LinearDecay.overLast(fraction, dUpdates)),
        adam(generator).withDecay(LinearDecay.overLast(fraction, gUpdates)));
  }

  private static Hyperparameter<OptimizerPair> beta(
      String key, String doc, Function<Adam, Double> get, BiFunction<Adam, Double, Adam> set) {
    return Hyperparameter.ofDouble(
        key,
        0,
        0.999999,
        doc,
        p -> {
          double d = get.apply(adam(p.discriminator()));
          if (d != get.apply(adam(p.generator()))) {
            throw new IllegalArgumentException(
                "the optimizers differ in " + key + " (" + p + "); one key cannot describe them");
          }
          return d;
        },
        (p, b) ->
            new OptimizerPair(
                set.apply(adam(p.discriminator()), b), set.apply(adam(p.generator()), b)));
  }

  private static Adam adam(Optimizer o) {
    if (o instanceof Adam a) {
      return a;
    }
    throw new IllegalArgumentException(
        "the optimizer keys describe Adam, not " + o.describe() + "; set the optimizers in code");
  }
}
