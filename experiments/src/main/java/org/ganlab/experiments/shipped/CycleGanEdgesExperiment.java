package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.SobelEdges;
import org.ganlab.core.data.UnpairedTranslation;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.RunSetup;
import org.ganlab.experiments.Schedule;

/**
 * CycleGAN ({@code CycleGan.standard().training()} with the identity loss off, as in {@code
 * cyclegan}) between garments and edge maps, unpaired: domain A is the first half of
 * Fashion-MNIST's training set, domain B the thresholded Sobel edge maps ({@link SobelEdges}, the
 * settings of {@code pix2pix-edges}) of the other half ({@link UnpairedTranslation}). The true
 * mapping is known both ways on held-out images: garment to edges is the Sobel map itself, edges to
 * garment has the test image it was made from; the default evaluator scores both ({@code
 * translation_error}, {@code translation_error_ba}), reads {@code label_preservation} from
 * F(edges), a garment, and scores those garments' realism as a set ({@code fid_ba}).
 *
 * <p>Unlike {@code cyclegan}'s mirror image, the mapping is local (each output pixel depends on its
 * neighbourhood), the kind of change convolutional translators learn. Edges to garment is not
 * unique (an outline does not fix the shading), so {@code translation_error_ba} stays above 0 even
 * for a good translator; {@code pix2pix-edges} learns the same direction from pairs. The sample
 * picture has {@code grid_size} rows {@code a, G(a), F(G(a)), b, F(b), G(F(b))}.
 */
public final class CycleGanEdgesExperiment extends Experiment {
  @Override
  public String name() {
    return "cyclegan-edges";
  }

  @Override
  public String description() {
    return "CycleGAN, unpaired Fashion-MNIST garments <-> Sobel edge maps (Zhu et al. 2017)";
  }

  @Override
  protected OptimizerPair optimizers() {
    return CycleGanTasks.recipe().optimizers();
  }

  @Override
  public Hyperparameters hyperparameters() {
    return CycleGanTasks.keys(1500, 4)
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
    SobelEdges edges = hp.apply(SobelEdges.HYPERPARAMETERS, SobelEdges.standard());
    UnpairedTranslation data =
        new UnpairedTranslation(Datasets.fashionMnist(ctx).train(), ctx.seeds(), edges);
    return CycleGanTasks.setup(hp, data, optimizers, config, schedule);
  }
}
