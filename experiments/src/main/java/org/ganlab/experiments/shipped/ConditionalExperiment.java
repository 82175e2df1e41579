package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import java.util.List;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.ClassSubset;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.PresetExperiment;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.eval.Evaluators;
import org.ganlab.models.ConditionalGan;
import org.ganlab.models.TrainingPreset;
import org.ganlab.models.stabilizers.DiffAugment;

/**
 * A class-conditional preset on labelled Fashion-MNIST (10 classes); sample grids have one class
 * per row. {@code diffaugment} trains with DiffAugment.
 */
abstract class ConditionalExperiment extends PresetExperiment {
  /** The preset's architecture for Fashion-MNIST's 10 classes. */
  protected abstract ConditionalGan architecture();

  /** Default generator steps. */
  protected abstract long defaultSteps();

  @Override
  protected final TrainingPreset recipe() {
    return architecture().training();
  }

  @Override
  public final Hyperparameters hyperparameters() {
    return keys()
        .withDefault("steps", defaultSteps())
        .declare(DiffAugment.HYPERPARAMETERS, DiffAugment.none())
        .declare(ClassSubset.HYPERPARAMETERS, ClassSubset.none())
        .longParam(Evaluators.CAS_STEPS, 500, 0, 1_000_000, Evaluators.CAS_STEPS_DOC)
        .build();
  }

  /** latent_dim and filters; a subclass may add its own. */
  @Override
  protected List<Hyperparameter<TrainingPreset>> recipeKeys() {
    return TrainingPreset.architectureKeys(ConditionalGan.class, ConditionalGan.HYPERPARAMETERS);
  }

  @Provides
  DataSource data(RunContext ctx, Hyperparameters hp) {
    return Datasets.fashionTrain(ctx, hp);
  }

  static int classes() {
    return FashionMnist.NUM_CLASSES;
  }
}
