package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.UnpairedTranslation;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.core.train.cycle.CycleNoise;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.RunSetup;
import org.ganlab.experiments.Schedule;

/**
 * CycleGAN ({@code CycleGan.standard().training()}: least squares per direction, cycle L1 lambda
 * 10, identity weight 5, Adam(2e-4, 0.5, 0.999), batch 1) on ganlab's known-transform task: domain
 * A is the first half of Fashion-MNIST's training set, domain B the inverted and flipped second
 * half ({@link UnpairedTranslation}). Its keys and run setup are those of every translation task
 * ({@code CycleGanTasks}); optimizers, trainer config and schedule come from the common keys. The
 * sample picture has {@code grid_size} (default 8) rows {@code a, G(a), F(G(a)), b, F(b), G(F(b))}.
 * Default 3000 steps.
 *
 * <p>The identity loss is off by default here: it asks G(b) to stay b, which suits the paper's
 * photo-to-painting colour preservation but contradicts an intensity inversion, so with it the
 * generators can hide the image in the cycle instead of translating it. {@code --set
 * identity_weight=5} restores the paper's setting.
 *
 * <p>What limits it: the mirror image is a geometric change, which the CycleGAN paper reports its
 * method handles poorly (Zhu et al. 2017, section 5.3); the translation suite compares the run with
 * the inversion-only mapping to show whether the flip is learned. {@code coordinates} (CoordConv)
 * and {@code width_mixing} add generator capacity for position-dependent mappings; both are off by
 * default (docs/design.md, "CycleGAN", records what they gave). {@code image_pool} (default 0, off)
 * trains the discriminators on a pool of that many earlier fakes, the paper's 50; {@code
 * cycle_noise} (default 0, off) adds Gaussian noise to each translation before it is reconstructed
 * ({@link CycleNoise}).
 */
public final class CycleGanExperiment extends Experiment {
  @Override
  public String name() {
    return "cyclegan";
  }

  @Override
  public String description() {
    return "CycleGAN, unpaired Fashion-MNIST -> inverted and flipped (Zhu et al. 2017)";
  }

  @Override
  protected OptimizerPair optimizers() {
    return CycleGanTasks.recipe().optimizers();
  }

  @Override
  public Hyperparameters hyperparameters() {
    return CycleGanTasks.keys(3000L, CycleGanTasks.recipe().batchSize()).build();
  }

  @Provides
  RunSetup setup(
      Hyperparameters hp,
      RunContext ctx,
      OptimizerPair optimizers,
      TrainerConfig config,
      Schedule schedule) {
    return CycleGanTasks.setup(
        hp,
        new UnpairedTranslation(Datasets.fashionMnist(ctx).train(), ctx.seeds()),
        optimizers,
        config,
        schedule);
  }
}
