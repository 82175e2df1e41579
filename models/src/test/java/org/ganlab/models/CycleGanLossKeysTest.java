package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ganlab.core.config.Hyperparameters;
import org.junit.jupiter.api.Test;

class CycleGanLossKeysTest {
  @Test
  void theACycleWeightIsItsOwnKeyAndKeepsTheLambda() {
    CycleGanLoss standard = CycleGanLoss.standard();
    Hyperparameters keys =
        Hyperparameters.builder().declare(CycleGanLoss.HYPERPARAMETERS, standard).build();
    assertThat(keys.values()).containsEntry("cycle_a_weight", 1.0);
    CycleGanLoss eased =
        keys.with("cycle_a_weight", "0.1").apply(CycleGanLoss.HYPERPARAMETERS, standard);
    assertThat(eased.cycle().weightA()).isEqualTo(0.1);
    assertThat(eased.cycle().lambda()).isEqualTo(10.0);
    // Setting lambda afterwards keeps the A cycle's relative weight.
    CycleGanLoss both = eased.withCycleWeight(4.0);
    assertThat(both.cycle().lambda()).isEqualTo(4.0);
    assertThat(both.cycle().weightA()).isEqualTo(0.1);
    assertThatThrownBy(() -> keys.with("cycle_a_weight", "-0.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cycle_a_weight");
  }

  @Test
  void theLossNamesTheACycleWeightOnlyWhereItIsNotThePapers() {
    assertThat(CycleGanLoss.standard().name())
        .isEqualTo(
            "cyclegan(adversarial=least-squares(a=0.0,b=1.0,c=1.0),cycle=10.0,identity=5.0)");
    assertThat(CycleGanLoss.standard().withCycleAWeight(0.25).name())
        .isEqualTo(
            "cyclegan(adversarial=least-squares(a=0.0,b=1.0,c=1.0),cycle=10.0,cycle_a=0.25,"
                + "identity=5.0)");
  }
}
