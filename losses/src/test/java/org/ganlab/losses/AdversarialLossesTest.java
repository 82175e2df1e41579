package org.ganlab.losses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ganlab.core.config.Hyperparameters;
import org.junit.jupiter.api.Test;

class AdversarialLossesTest {
  @Test
  void namesPickTheLossAndUnknownNamesListTheValidOnes() {
    assertThat(AdversarialLosses.named("hinge")).isInstanceOf(HingeLoss.class);
    assertThat(AdversarialLosses.named("least-squares")).isInstanceOf(LeastSquaresLoss.class);
    assertThat(AdversarialLosses.named("non-saturating")).isInstanceOf(NonSaturatingLoss.class);
    assertThatThrownBy(() -> AdversarialLosses.named("lsgan"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "hyperparameter 'loss': unknown loss 'lsgan'; valid: non-saturating, minimax,"
                + " least-squares, hinge, wasserstein");
  }

  @Test
  void theLossKeyReadsItsDefaultFromTheLossAndSetsTheNamedOne() {
    Hyperparameters hp =
        Hyperparameters.builder().declare(AdversarialLosses.KEY, new NonSaturatingLoss()).build();
    assertThat(hp.defaults()).containsEntry("loss", "non-saturating");
    assertThat(hp.with("loss", "hinge").apply(AdversarialLosses.KEY, new NonSaturatingLoss()))
        .isInstanceOf(HingeLoss.class);
    assertThatThrownBy(() -> AdversarialLosses.nameOf(new LeastSquaresLoss(-1, 1, 0)))
        .hasMessageContaining("has no name");
  }
}
