package org.ganlab.models;

import java.util.Map;
import org.ganlab.core.config.Checks;
import org.ganlab.core.train.GanFamily;
import org.ganlab.core.train.GanLoss;
import org.ganlab.core.train.Spine;
import org.ganlab.core.train.TrainerConfig;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A BiGAN whose encoder and generator also minimize the reconstruction error of G(E(x)): ALICE's
 * explicit cycle consistency in image space (Li et al. 2017, "ALICE: Towards Understanding
 * Adversarial Learning for Joint Distribution Matching"). A BiGAN's G(E(x)) only matches x where
 * the joint discriminator is perfect, which it never is in a short run; the reconstruction term
 * asks for it directly. D and its loss are {@link AliFamily}'s; G and E minimize
 *
 * <pre>
 * L_G,E = E[softplus(D(x, E(x)))] + E[softplus(-D(G(z), z))] + weight * mean((x - G(E(x)))^2)
 * </pre>
 *
 * with the squared error of {@link AutoencoderFamily}, so that weight 0 is the BiGAN and the
 * autoencoder is the limit of a large weight with the adversarial terms dropped. The term is
 * recorded as {@code reconstruction} in metrics.csv.
 *
 * @param bigan the BiGAN whose networks, data and optimizers are trained this way
 * @param reconstructionWeight the weight of the squared reconstruction error, positive
 */
public record AliceFamily(AliFamily bigan, double reconstructionWeight)
    implements GanFamily<AliModel> {

  /**
   * Checks that the BiGAN is present and the weight positive.
   *
   * @param bigan the BiGAN whose networks, data and optimizers are trained this way
   * @param reconstructionWeight the weight of the squared reconstruction error, positive
   */
  public AliceFamily {
    Checks.required("bigan", bigan);
    if (!(reconstructionWeight > 0 && Double.isFinite(reconstructionWeight))) {
      throw new IllegalArgumentException(
          "reconstructionWeight must be positive and finite, got " + reconstructionWeight);
    }
  }

  @Override
  public boolean diagnosable() {
    return true;
  }

  @Override
  public Spine<AliModel> build(Ops tf, TrainerConfig config) {
    return bigan.spine(tf, config, false, this::loss);
  }

  private GanLoss loss(Ops l, AliModel m) {
    GanLoss adversarial = AliFamily.loss(l, m);
    Operand<TFloat32> reconstruction = AutoencoderFamily.reconstructionError(l, m);
    return new GanLoss(
            l.math.add(
                adversarial.generatorLoss(),
                l.math.mul(reconstruction, l.constant((float) reconstructionWeight))),
            adversarial.discriminatorLoss(),
            Map.of("reconstruction", reconstruction),
            Map.of())
        .withScores(adversarial.scores());
  }
}
