package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import com.google.inject.name.Named;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.UnpairedTranslation;
import org.ganlab.core.optim.Optimizer;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.core.train.cycle.CycleGanFamily;
import org.ganlab.core.train.cycle.CycleNoise;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.RunSetup;
import org.ganlab.experiments.Schedule;
import org.ganlab.experiments.TrainingModule;
import org.ganlab.models.CycleGan;
import org.ganlab.models.CycleGanLoss;
import org.ganlab.models.CycleGanPreset;
import org.ganlab.models.stabilizers.ImagePoolHistory;

/**
 * CycleGAN ({@code CycleGan.standard().training()}: least squares per direction, cycle L1 lambda
 * 10, identity weight 5, Adam(2e-4, 0.5, 0.999), batch 1) on ganlab's known-transform task: domain
 * A is the first half of Fashion-MNIST's training set, domain B the inverted and flipped second
 * half ({@link UnpairedTranslation}). It binds {@link RunSetup#cycle} as its {@link RunSetup};
 * optimizers, trainer config and schedule come from the common keys. The sample picture has {@code
 * grid_size} (default 8) rows {@code a, G(a), F(G(a)), b, F(b), G(F(b))}. Default 3000 steps.
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

  /** The image pool is off by default, so runs made before the key keep their results. */
  private static final ImagePoolHistory NO_POOL = new ImagePoolHistory(0);

  private static CycleGanPreset recipe() {
    return CycleGan.standard().training();
  }

  /** The recipe's loss without the identity term (see the class comment). */
  private static CycleGanLoss loss() {
    return ((CycleGanLoss) recipe().loss()).withIdentityWeight(0);
  }

  @Override
  protected OptimizerPair optimizers() {
    return recipe().optimizers();
  }

  @Override
  public Hyperparameters hyperparameters() {
    CycleGanPreset p = recipe();
    return TrainingModule.commonDefaults(p.optimizers(), p.config(0))
        .withDefault("steps", 3000L)
        .withDefault("grid_size", 8)
        .pin("ema_decay", 0.0, "generator EMA: not supported by the CycleGAN family")
        .pin("grad_shards", 1, "data parallelism: not supported by the CycleGAN family")
        .declare(CycleGan.HYPERPARAMETERS, CycleGan.standard())
        .declare(CycleGanLoss.HYPERPARAMETERS, loss())
        .declare(ImagePoolHistory.HYPERPARAMETERS, NO_POOL)
        .declare(CycleNoise.HYPERPARAMETERS, CycleNoise.NONE)
        .build();
  }

  @Provides
  RunSetup setup(
      Hyperparameters hp,
      RunContext ctx,
      @Named("discriminator") Optimizer dOpt,
      @Named("generator") Optimizer gOpt,
      TrainerConfig config,
      Schedule schedule) {
    CycleGan arch = hp.apply(CycleGan.HYPERPARAMETERS, CycleGan.standard());
    CycleGanLoss loss = hp.apply(CycleGanLoss.HYPERPARAMETERS, loss());
    UnpairedTranslation data =
        new UnpairedTranslation(Datasets.fashionMnist(ctx).train(), ctx.seeds());
    ImagePoolHistory pool = hp.apply(ImagePoolHistory.HYPERPARAMETERS, NO_POOL);
    CycleNoise noise = hp.apply(CycleNoise.HYPERPARAMETERS, CycleNoise.NONE);
    return RunSetup.cycle(
        new CycleGanFamily(arch, loss, data, dOpt, gOpt).withHistory(pool).withNoise(noise),
        config,
        schedule);
  }
}
