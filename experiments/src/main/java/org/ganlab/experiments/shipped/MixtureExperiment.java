package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.GaussianMixture2D;
import org.ganlab.core.train.Regularizer;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.PresetExperiment;
import org.ganlab.experiments.RunContext;
import org.ganlab.losses.AdversarialLosses;
import org.ganlab.losses.R1Penalty;
import org.ganlab.models.MlpGan;
import org.ganlab.models.TrainingPreset;

/**
 * An MLP GAN on a 2D Gaussian mixture, the mode-collapse benchmark. The sample picture is a scatter
 * plot of {@code grid_size} (default 2000) generated points over the mixture's centres; evaluation
 * counts modes on {@code eval_samples} (default 10,000) points.
 *
 * <p>Keys beyond the common ones: {@code hidden_units} (width of every hidden layer of G and D) and
 * {@code r1_gamma} (default 0 = off): when positive, the R1 penalty {@code gamma / 2 * E_x |grad_x
 * D(x)|^2} on real data ({@link R1Penalty}, Mescheder et al. 2018) is added to the discriminator
 * loss on top of the recipe's own regularizers; {@code packing} (default 1) makes the discriminator
 * score groups of that many points (PacGAN, {@link MlpGan#packing}); {@code loss} replaces the
 * recipe's adversarial loss ({@code minimax} shows the vanishing generator gradient).
 */
abstract class MixtureExperiment extends PresetExperiment {
  /**
   * {@code r1_gamma}: an R1 penalty added to the recipe's regularizers when positive (0 = none).
   */
  static final Hyperparameter<TrainingPreset> R1_GAMMA =
      Hyperparameter.ofDouble(
          "r1_gamma",
          0,
          1e6,
          "R1 penalty weight on real data (gamma / 2 * E|grad D(x)|^2); 0 = off",
          p ->
              p.regularizers().stream()
                  .filter(R1Penalty.class::isInstance)
                  .mapToDouble(r -> ((R1Penalty) r).gamma())
                  .findFirst()
                  .orElse(0),
          (p, gamma) -> {
            List<Regularizer> regs = new ArrayList<>(p.regularizers());
            regs.removeIf(R1Penalty.class::isInstance);
            if (gamma > 0) {
              regs.add(new R1Penalty(gamma));
            }
            return p.withRegularizers(regs);
          });

  /** The data. */
  protected abstract GaussianMixture2D mixture();

  /** Default generator steps. */
  protected abstract long defaultSteps();

  /** The recipe for the standard MLP; subclasses change the loss side. */
  @Override
  protected TrainingPreset recipe() {
    return MlpGan.standard().training();
  }

  @Override
  public Hyperparameters hyperparameters() {
    return keys()
        .withDefault("steps", defaultSteps())
        .withDefault("grid_size", 2000)
        .withDefault("eval_samples", 10_000)
        .build();
  }

  /** hidden_units, packing, r1_gamma and loss. */
  @Override
  protected List<Hyperparameter<TrainingPreset>> recipeKeys() {
    List<Hyperparameter<TrainingPreset>> keys =
        new ArrayList<>(TrainingPreset.architectureKeys(MlpGan.class, MlpGan.HYPERPARAMETERS));
    keys.add(R1_GAMMA);
    keys.add(AdversarialLosses.KEY.on(TrainingPreset::loss, TrainingPreset::withLoss));
    return keys;
  }

  @Override
  protected TrainingPreset recipe(Hyperparameters hp) {
    int packing = hp.getInt("packing");
    if (hp.getInt("batch_size") % packing != 0) {
      throw new ConfigException(
          "batch_size " + hp.getInt("batch_size") + " is not a multiple of packing " + packing);
    }
    return super.recipe(hp);
  }

  @Provides
  DataSource data(RunContext ctx) {
    return mixture().source(ctx.seeds());
  }
}
