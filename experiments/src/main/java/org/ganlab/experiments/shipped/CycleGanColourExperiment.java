package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.ColourMap;
import org.ganlab.core.data.UnpairedTranslation;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.RunSetup;
import org.ganlab.experiments.Schedule;

/**
 * CycleGAN ({@code CycleGan.standard().training()} without the identity loss) between grayscale and
 * colour, unpaired: domain A is the first half of Fashion-MNIST's training set (1 channel), domain
 * B the other half coloured by a fixed, invertible colour map ({@link ColourMap}, 3 channels). G
 * reads one channel and writes three, F the other way round. The true mapping is known both ways:
 * the colour map and its inverse ({@link org.ganlab.core.data.ColourMapInverse}); the default
 * evaluator scores both directions and reads {@code label_preservation} from F(colour), a grayscale
 * garment.
 *
 * <p>The identity loss is pinned to 0: a generator cannot read the images of the domain it writes
 * when the domains differ in channels. The sample picture has {@code grid_size} rows {@code a,
 * G(a), F(G(a)), b, F(b), G(F(b))}, grayscale drawn as gray colour. Default 3000 steps, twice
 * {@code cyclegan-edges}'s (docs/design.md says why).
 */
public final class CycleGanColourExperiment extends Experiment {
  @Override
  public String name() {
    return "cyclegan-colour";
  }

  @Override
  public String description() {
    return "CycleGAN, unpaired grayscale <-> colour-mapped Fashion-MNIST (Zhu et al. 2017)";
  }

  @Override
  protected OptimizerPair optimizers() {
    return CycleGanTasks.recipe().optimizers();
  }

  @Override
  public Hyperparameters hyperparameters() {
    return CycleGanTasks.keys(3000, 4)
        .pin("identity_weight", 0.0, "no identity loss: the domains differ in channels (1 and 3)")
        .build();
  }

  @Provides
  RunSetup setup(
      Hyperparameters hp,
      RunContext ctx,
      OptimizerPair optimizers,
      TrainerConfig config,
      Schedule schedule) {
    UnpairedTranslation data =
        new UnpairedTranslation(Datasets.fashionMnist(ctx).train(), ctx.seeds(), new ColourMap());
    return CycleGanTasks.setup(hp, data, optimizers, config, schedule);
  }
}
