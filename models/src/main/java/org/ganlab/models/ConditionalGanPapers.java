package org.ganlab.models;

import java.util.List;
import org.ganlab.core.optim.Adam;
import org.ganlab.core.optim.OptimizerPair;
import org.ganlab.losses.AuxiliaryClassifierLoss;
import org.ganlab.losses.HingeLoss;
import org.ganlab.losses.NonSaturatingLoss;
import org.ganlab.models.ConditionalGan.Head;
import org.ganlab.models.ConditionalGan.LabelInput;

/**
 * The papers behind {@link ConditionalGan}'s heads: each head's standard architecture on DCGAN's
 * widths ({@link ConditionalGan#concat}, {@link ConditionalGan#projection}, {@link
 * ConditionalGan#acgan}) and the training recipe of the paper it follows ({@link
 * ConditionalGan#training}).
 */
final class ConditionalGanPapers {
  private ConditionalGanPapers() {}

  /**
   * The architecture every head shares: a one-hot label in the generator, label embedding size 16,
   * latent size 100, width 64, one channel, kernel 4, LeakyReLU slope 0.2, N(0, 0.02) weights.
   */
  static ConditionalGan architecture(int numClasses, Head head, Normalization discriminatorNorm) {
    return new ConditionalGan(
        numClasses, head, LabelInput.ONE_HOT, 16, 100, 64, 1, 4, 0.2, 0.02, discriminatorNorm);
  }

  /** The recipe of the paper {@code g}'s head follows, as {@link ConditionalGan#training}. */
  static TrainingPreset training(ConditionalGan g) {
    return switch (g.head()) {
      case CONCAT -> {
        Adam adam = new Adam(2e-4, 0.5, 0.999);
        yield new TrainingPreset(
            g,
            new NonSaturatingLoss(),
            List.of(),
            OptimizerPair.of(adam),
            1,
            64,
            "Mirza and Osindero 2014 (conditional GAN), on DCGAN");
      }
      case PROJECTION -> {
        Adam adam = new Adam(2e-4, 0.0, 0.9);
        yield new TrainingPreset(
            g,
            new HingeLoss(),
            List.of(),
            OptimizerPair.of(adam),
            5,
            64,
            "Miyato and Koyama 2018 (projection discriminator)");
      }
      case AUX_CLASSIFIER -> {
        Adam adam = new Adam(2e-4, 0.5, 0.999);
        yield new TrainingPreset(
            g,
            new NonSaturatingLoss(),
            List.of(new AuxiliaryClassifierLoss()),
            OptimizerPair.of(adam),
            1,
            100,
            "Odena et al. 2017 (AC-GAN)");
      }
    };
  }
}
