package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import com.google.inject.name.Named;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.optim.Optimizer;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.RunSetup;
import org.ganlab.experiments.Schedule;
import org.ganlab.experiments.TrainingModule;
import org.ganlab.models.Ali;
import org.ganlab.models.AliFamily;
import org.ganlab.models.AliModel;

/**
 * BiGAN / ALI ({@link Ali}: DCGAN's generator, an encoder, a joint discriminator D(x, z) with
 * dropout 0.2) on Fashion-MNIST (Donahue et al. 2017, "Adversarial Feature Learning"; Dumoulin et
 * al. 2017, "Adversarially Learned Inference"). D separates (x, E(x)) from (G(z), z); G and E share
 * one optimizer and minimize the non-saturating loss with the labels swapped ({@link
 * AliFamily#loss}). Optimizers (Adam(2e-4, 0.5, 0.999), the DCGAN paper's and BiGAN's), trainer
 * config and schedule come from the common keys; the picture is a grid of G's samples, and the
 * default evaluator scores them like {@code dcgan}'s (fid, kid, precision, recall). {@code --set
 * gaussian_encoder=true} gives ALI's stochastic encoder. No generator EMA.
 */
public final class AliExperiment extends Experiment {
  @Override
  public String name() {
    return "ali";
  }

  @Override
  public String description() {
    return "BiGAN/ALI: encoder, generator, joint D(x, z), Fashion-MNIST (Donahue et al. 2017)";
  }

  @Override
  public Hyperparameters hyperparameters() {
    return TrainingModule.commonDefaults()
        .withDefault("steps", 1500L)
        .pin("ema_decay", 0.0, "generator EMA: not supported by the ALI family")
        .declare(Ali.HYPERPARAMETERS, Ali.standard())
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
    Ali arch = hp.apply(Ali.HYPERPARAMETERS, Ali.standard());
    DataSource data = Datasets.fashionMnist(ctx).trainSource(ctx.seeds());
    AliFamily family = new AliFamily(arch, data, dOpt, gOpt);
    return RunSetup.latent(
        family,
        AliModel::generator,
        data,
        arch.exampleShape(),
        config,
        schedule,
        RunSetup.components(
            arch.hyperparameters(),
            "non-saturating, generator and encoder with swapped labels",
            dOpt,
            gOpt,
            config));
  }
}
