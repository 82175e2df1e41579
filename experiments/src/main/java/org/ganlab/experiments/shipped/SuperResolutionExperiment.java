package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.AreaDownsampling;
import org.ganlab.core.data.PairedTranslation;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.RunSetup;
import org.ganlab.experiments.Schedule;
import org.ganlab.experiments.TrainingModule;
import org.ganlab.models.Pix2PixFamily;
import org.ganlab.models.Srgan;

/**
 * SRGAN ({@link Srgan}: residual generator with sub-pixel upsampling, an image discriminator, MSE
 * plus 1e-3 times the adversarial term; Ledig et al. 2017) on Fashion-MNIST downsampled by area
 * averaging ({@link AreaDownsampling}): the input is a training image {@link #factor()} times
 * smaller per side, the target the 28x28 original ({@link PairedTranslation}). It binds {@link
 * RunSetup#paired}, so the pix2pix family trains it; the default evaluator scores the test set's
 * pairs (l1, psnr, ssim, fid, label_preservation). The sample picture has {@code grid_size} rows
 * {@code input (pixels replicated to 28x28), G(input), original}.
 *
 * <p>{@code --set adversarial=false} is SRResNet, the MSE-only network. Sizes for two CPU cores: 4
 * residual blocks of width 32 (the paper's 16 of 64 are {@code --set residual_blocks=16 --set
 * filters=64}). The paper's optimizer is Adam with beta1 0.9 at 1e-4 for 10^5 updates and then
 * 1e-5; for a schedule of about a thousandth of that, the rate is 1e-3 and falls linearly to zero
 * over the second half ({@code lr_decay} 0.5) in place of the paper's step down.
 */
abstract class SuperResolutionExperiment extends Experiment {
  private static final OptimizerPair ADAM = OptimizerPair.of(new Adam(1e-3, 0.9, 0.999));

  /** {@return the upscaling factor, fixed per experiment} */
  protected abstract int factor();

  /** The default architecture: the paper's objective, 4 residual blocks of width 32. */
  private Srgan defaults() {
    return Srgan.standard(factor()).withSize(4, 32);
  }

  @Override
  public String name() {
    return "srgan-x" + factor();
  }

  @Override
  public String description() {
    int low = 28 / factor();
    return "SRGAN x"
        + factor()
        + ", "
        + low
        + "x"
        + low
        + " (area-averaged) -> 28x28 Fashion-MNIST (Ledig et al. 2017)";
  }

  @Override
  protected OptimizerPair optimizers() {
    return ADAM;
  }

  @Override
  public Hyperparameters hyperparameters() {
    return TrainingModule.commonDefaults(ADAM, TrainerConfig.of(0))
        .withDefault("steps", 1000L)
        .withDefault("batch_size", 32)
        .withDefault("grid_size", 8)
        .withDefault("lr_decay", 0.5)
        .pin("ema_decay", 0.0, "generator EMA: not supported by the paired translation family")
        .pin("grad_shards", 1, "data parallelism: not supported by the paired translation family")
        .declare(Srgan.HYPERPARAMETERS, defaults())
        .build();
  }

  @Provides
  RunSetup setup(
      Hyperparameters hp,
      RunContext ctx,
      OptimizerPair optimizers,
      TrainerConfig config,
      Schedule schedule) {
    Srgan arch = hp.apply(Srgan.HYPERPARAMETERS, defaults());
    PairedTranslation data =
        new PairedTranslation(
            Datasets.fashionMnist(ctx).train(), ctx.seeds(), new AreaDownsampling(factor()));
    return RunSetup.paired(new Pix2PixFamily(arch, data, optimizers), config, schedule);
  }
}
