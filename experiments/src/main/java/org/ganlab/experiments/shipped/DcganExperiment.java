package org.ganlab.experiments.shipped;

import com.google.inject.Provides;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.data.ClassSubset;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.train.GanArchitecture;
import org.ganlab.core.train.GanLossFunction;
import org.ganlab.experiments.Datasets;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.RunContext;
import org.ganlab.experiments.TrainingModule;
import org.ganlab.losses.AdversarialLosses;
import org.ganlab.losses.NonSaturatingLoss;
import org.ganlab.models.Dcgan;
import org.ganlab.models.stabilizers.DiffAugment;

/**
 * DCGAN with the non-saturating loss on Fashion-MNIST: the README's main job ({@code --set
 * loss=least-squares} or {@code hinge} trains LSGAN or the hinge loss on the same networks). The
 * defaults (2000 steps of batch 64, about two epochs) finish in a few minutes on two CPU cores and
 * give recognisable garments. {@code --set diffaugment=color,translation,cutout} trains with
 * DiffAugment (Zhao et al. 2020).
 */
public final class DcganExperiment extends Experiment {
  @Override
  public String name() {
    return "dcgan";
  }

  @Override
  public String description() {
    return "DCGAN, non-saturating loss, Fashion-MNIST 28x28 (Radford et al. 2016)";
  }

  @Override
  public Hyperparameters hyperparameters() {
    return TrainingModule.commonDefaults()
        .declare(Dcgan.HYPERPARAMETERS, Dcgan.standard())
        .declare(AdversarialLosses.KEY, new NonSaturatingLoss())
        .declare(DiffAugment.HYPERPARAMETERS, DiffAugment.none())
        .declare(ClassSubset.HYPERPARAMETERS, ClassSubset.none())
        .build();
  }

  @Provides
  GanArchitecture architecture(Hyperparameters hp) {
    return hp.apply(Dcgan.HYPERPARAMETERS, Dcgan.standard());
  }

  @Provides
  GanLossFunction loss(Hyperparameters hp) {
    return hp.apply(AdversarialLosses.KEY, new NonSaturatingLoss());
  }

  @Provides
  DataSource data(RunContext ctx, Hyperparameters hp) {
    return Datasets.fashionTrain(ctx, hp);
  }
}
