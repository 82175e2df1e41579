package org.ganlab.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ganlab.core.config.Hyperparameter;
import org.junit.jupiter.api.Test;

class CycleGanLossKeysTest {
  private static Hyperparameter<CycleGanLoss> key(String name) {
    return CycleGanLoss.HYPERPARAMETERS.stream()
        .filter(h -> h.key().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theACycleWeightIsItsOwnKeyAndKeepsTheLambda() {
    CycleGanLoss standard = CycleGanLoss.standard();
    assertThat(key("cycle_a_weight").get(standard)).isEqualTo(1.0);
    CycleGanLoss eased = key("cycle_a_weight").set(standard, 0.1);
    assertThat(eased.cycle().weightA()).isEqualTo(0.1);
    assertThat(eased.cycle().lambda()).isEqualTo(10.0);
    // Setting lambda afterwards keeps the A cycle's relative weight, and the other way round.
    CycleGanLoss both = key("cycle_weight").set(eased, 4.0);
    assertThat(both.cycle().lambda()).isEqualTo(4.0);
    assertThat(both.cycle().weightA()).isEqualTo(0.1);
    assertThatThrownBy(() -> key("cycle_a_weight").set(standard, -0.5))
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
