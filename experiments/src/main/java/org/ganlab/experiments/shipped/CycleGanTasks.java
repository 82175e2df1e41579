package org.ganlab.experiments.shipped;

import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.config.HyperparametersBuilder;
import org.ganlab.core.data.UnpairedTranslation;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.core.train.cycle.CycleGanFamily;
import org.ganlab.core.train.cycle.CycleNoise;
import org.ganlab.experiments.RunSetup;
import org.ganlab.experiments.Schedule;
import org.ganlab.experiments.TrainingModule;
import org.ganlab.models.CycleGan;
import org.ganlab.models.CycleGanLoss;
import org.ganlab.models.CycleGanPreset;
import org.ganlab.models.stabilizers.ImagePoolHistory;

/**
 * What the unpaired-translation experiments ({@code cyclegan-edges}, {@code cyclegan-colour})
 * share: the CycleGAN recipe with the identity loss off, its keys (with {@code image_pool} and
 * {@code cycle_noise}, both off by default), and the run setup on a task's data. The architecture's
 * domain-B channels follow the task's transform.
 */
final class CycleGanTasks {
  /** The image pool is off by default, as in {@code cyclegan}. */
  static final ImagePoolHistory NO_POOL = new ImagePoolHistory(0);

  private CycleGanTasks() {}

  /** {@return the paper's recipe, {@code CycleGan.standard().training()}} */
  static CycleGanPreset recipe() {
    return CycleGan.standard().training();
  }

  /**
   * {@return the recipe's loss without the identity term} The identity loss keeps a generator near
   * the identity on its own target domain, a prior for colour-preserving photo tasks; here the
   * truth is known and the term only pulls the generators away from it (and for domains of
   * different channels there is no identity at all).
   */
  static CycleGanLoss loss() {
    return ((CycleGanLoss) recipe().loss()).withIdentityWeight(0);
  }

  /**
   * {@return the common keys with the CycleGAN keys declared: {@code steps} and {@code batch_size}
   * set to the given defaults}
   *
   * @param steps the default number of steps
   * @param batchSize the default batch size
   */
  static HyperparametersBuilder keys(long steps, int batchSize) {
    CycleGanPreset p = recipe();
    return TrainingModule.commonDefaults(p.optimizers(), p.config(0))
        .withDefault("steps", steps)
        .withDefault("batch_size", batchSize)
        .withDefault("grid_size", 8)
        .pin("ema_decay", 0.0, "generator EMA: not supported by the CycleGAN family")
        .pin("grad_shards", 1, "data parallelism: not supported by the CycleGAN family")
        .declare(CycleGan.HYPERPARAMETERS, CycleGan.standard())
        .declare(CycleGanLoss.HYPERPARAMETERS, loss())
        .declare(ImagePoolHistory.HYPERPARAMETERS, NO_POOL)
        .declare(CycleNoise.HYPERPARAMETERS, CycleNoise.NONE);
  }

  /**
   * {@return the run setup of CycleGAN on {@code data}, the architecture's domain B sized to it}
   *
   * @param hp the run's hyperparameters
   * @param data the task's unpaired data
   * @param optimizers the discriminators' optimizer, then the generators'
   * @param config the trainer configuration
   * @param schedule the run's schedule
   */
  static RunSetup setup(
      Hyperparameters hp,
      UnpairedTranslation data,
      OptimizerPair optimizers,
      TrainerConfig config,
      Schedule schedule) {
    CycleGan arch =
        hp.apply(CycleGan.HYPERPARAMETERS, CycleGan.standard()).withChannelsB(data.shapeB()[2]);
    CycleGanLoss loss = hp.apply(CycleGanLoss.HYPERPARAMETERS, loss());
    ImagePoolHistory pool = hp.apply(ImagePoolHistory.HYPERPARAMETERS, NO_POOL);
    CycleNoise noise = hp.apply(CycleNoise.HYPERPARAMETERS, CycleNoise.NONE);
    return RunSetup.cycle(
        new CycleGanFamily(arch, loss, data, optimizers).withHistory(pool).withNoise(noise),
        config,
        schedule);
  }
}
