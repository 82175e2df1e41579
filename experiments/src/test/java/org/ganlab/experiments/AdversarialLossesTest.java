package org.ganlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ganlab.losses.HingeLoss;
import org.ganlab.losses.LeastSquaresLoss;
import org.ganlab.losses.NonSaturatingLoss;
import org.junit.jupiter.api.Test;

class AdversarialLossesTest {
  @Test
  void namesPickTheLossAndUnknownNamesListTheValidOnes() {
    assertThat(AdversarialLosses.named("loss", "hinge")).isInstanceOf(HingeLoss.class);
    assertThat(AdversarialLosses.named("loss", "least-squares"))
        .isInstanceOf(LeastSquaresLoss.class);
    assertThat(AdversarialLosses.named("loss", "non-saturating"))
        .isInstanceOf(NonSaturatingLoss.class);
    assertThatThrownBy(() -> AdversarialLosses.named("loss", "lsgan"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "hyperparameter loss: unknown loss 'lsgan'; valid: non-saturating, minimax,"
                + " least-squares, hinge, wasserstein");
  }

  @Test
  void dcganExperimentTrainsTheLossItsKeyNames() {
    Experiment dcgan = new ExperimentRegistry().create("dcgan");
    Hyperparameters hp = dcgan.hyperparameters().with("loss", "hinge");
    RunSetup setup =
        ExperimentRunner.resolve(dcgan, new RunContext("dcgan", 0, java.util.Optional.empty(), hp));
    assertThat(setup.components()).containsEntry("loss", "hinge");
  }
}
