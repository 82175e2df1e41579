package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.PairedTranslation;
import org.ganlab.core.data.SobelEdges;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.RunSetup;
import org.ganlab.experiments.Schedule;
import org.ganlab.experiments.TrainingModule;
import org.ganlab.models.Pix2Pix;
import org.ganlab.models.Pix2PixFamily;

/**
 * pix2pix ({@link Pix2Pix}: U-Net generator with dropout as its noise, PatchGAN discriminator of
 * (input, output) pairs, L1 weight 100 plus the conditional adversarial term; Isola et al. 2017) on
 * paired Fashion-MNIST: the input is the thresholded Sobel edge map of a training image ({@link
 * SobelEdges}), the target the image itself ({@link PairedTranslation}). It binds {@link
 * RunSetup#paired} as its {@link RunSetup}; optimizers (Adam(2e-4, 0.5, 0.999), the paper's),
 * trainer config and schedule come from the common keys. The sample picture has {@code grid_size}
 * rows {@code edges, G(edges), image}; the default evaluator scores the test set's pairs (l1, psnr,
 * ssim, fid, label_preservation). No generator EMA.
 *
 * <p>The paper's ablation rows are settings: {@code --set adversarial=false} (L1 only), {@code
 * --set l1_lambda=0} (cGAN only), the defaults (L1 + cGAN). {@code edge_threshold} sets the
 * sketch's density. Width 32 by default (the paper's 64 is {@code --set filters=64}), so the
 * default run takes minutes on two cores.
 */
public final class Pix2PixEdgesExperiment extends Experiment {
  /** The default architecture: the paper's objective and dropout, width 32. */
  private static final Pix2Pix DEFAULT = Pix2Pix.standard().withFilters(32);

  @Override
  public String name() {
    return "pix2pix-edges";
  }

  @Override
  public String description() {
    return "pix2pix, Sobel edge maps -> Fashion-MNIST garments, paired (Isola et al. 2017)";
  }

  @Override
  public Hyperparameters hyperparameters() {
    return TrainingModule.commonDefaults()
        .withDefault("steps", 1500L)
        .withDefault("batch_size", 32)
        .withDefault("grid_size", 8)
        .pin("ema_decay", 0.0, "generator EMA: not supported by the pix2pix family")
        .pin("grad_shards", 1, "data parallelism: not supported by the pix2pix family")
        .declare(Pix2Pix.HYPERPARAMETERS, DEFAULT)
        .declare(SobelEdges.HYPERPARAMETERS, SobelEdges.standard())
        .build();
  }

  @Provides
  RunSetup setup(
      Hyperparameters hp,
      RunContext ctx,
      OptimizerPair optimizers,
      TrainerConfig config,
      Schedule schedule) {
    Pix2Pix arch = hp.apply(Pix2Pix.HYPERPARAMETERS, DEFAULT);
    SobelEdges edges = hp.apply(SobelEdges.HYPERPARAMETERS, SobelEdges.standard());
    PairedTranslation data =
        new PairedTranslation(Datasets.fashionMnist(ctx).train(), ctx.seeds(), edges);
    return RunSetup.paired(new Pix2PixFamily(arch, data, optimizers), config, schedule);
  }
}
