package org.ganlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ganlab.core.config.Hyperparameters;
import org.junit.jupiter.api.Test;

class HyperparametersTest {
  private final Hyperparameters hp = TrainingModule.commonDefaults().build();

  @Test
  void defaultsAndOverrides() {
    Hyperparameters h = hp.withAssignments(List.of("steps=10", "lr_d=0.001", "batch_size=32"));
    assertThat(h.getLong("steps")).isEqualTo(10);
    assertThat(h.getDouble("lr_d")).isEqualTo(0.001);
    assertThat(h.getInt("batch_size")).isEqualTo(32);
    assertThat(hp.getLong("steps")).isEqualTo(2000);
  }

  @Test
  void unknownKeyListsValidKeys() {
    assertThatThrownBy(() -> hp.with("lr", "0.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown hyperparameter 'lr'")
        .hasMessageContaining("lr_d (double, default 2.0E-4)")
        .hasMessageContaining("steps (long, default 2000)");
  }

  @Test
  void wrongTypeNamesKeyAndType() {
    assertThatThrownBy(() -> hp.with("batch_size", "big"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hyperparameter 'batch_size' must be int, got 'big'");
  }

  @Test
  void outOfRangeNamesRange() {
    assertThatThrownBy(() -> hp.with("beta1", "1.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'beta1' = 1.5 is out of range [0, 0.999999]");
    assertThatThrownBy(() -> hp.with("steps", "0")).hasMessageContaining("out of range [1, ");
  }

  @Test
  void malformedAssignment() {
    assertThatThrownBy(() -> hp.withAssignments(List.of("steps")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected key=value, got 'steps'");
  }
}
