package org.ganlab.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChecksTest {
  @Test
  void positiveAcceptsPositiveValuesAndNamesTheValueOtherwise() {
    assertThat(Checks.positive("filters", 1)).isEqualTo(1);
    assertThat(Checks.positive("steps", 1L << 40)).isEqualTo(1L << 40);
    assertThat(Checks.positive("learningRate", 2e-4)).isEqualTo(2e-4);
    assertThatThrownBy(() -> Checks.positive("filters", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("filters must be positive, got 0");
    assertThatThrownBy(() -> Checks.positive("every", -3L))
        .hasMessage("every must be positive, got -3");
    assertThatThrownBy(() -> Checks.positive("learningRate", Double.NaN))
        .hasMessage("learningRate must be positive and finite, got NaN");
    assertThatThrownBy(() -> Checks.positive("learningRate", Double.POSITIVE_INFINITY))
        .hasMessage("learningRate must be positive and finite, got Infinity");
    assertThatThrownBy(() -> Checks.positive("learningRate", 0.0))
        .hasMessage("learningRate must be positive and finite, got 0.0");
  }

  @Test
  void nonNegativeAllowsZeroWhichSwitchesATermOff() {
    assertThat(Checks.nonNegative("residualBlocks", 0)).isZero();
    assertThat(Checks.nonNegative("gradient penalty lambda", 0.0)).isZero();
    assertThat(Checks.nonNegative("gradient penalty lambda", 10.0)).isEqualTo(10.0);
    assertThatThrownBy(() -> Checks.nonNegative("step", -1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step must be >= 0, got -1");
    assertThatThrownBy(() -> Checks.nonNegative("R1 gamma", -0.5))
        .hasMessage("R1 gamma must be a finite number >= 0, got -0.5");
    assertThatThrownBy(() -> Checks.nonNegative("R1 gamma", Double.NaN))
        .hasMessage("R1 gamma must be a finite number >= 0, got NaN");
    assertThatThrownBy(() -> Checks.nonNegative("R1 gamma", Double.POSITIVE_INFINITY))
        .hasMessage("R1 gamma must be a finite number >= 0, got Infinity");
  }

  @Test
  void finiteAllowsNegativeValues() {
    assertThat(Checks.finite("target a", -1.0)).isEqualTo(-1.0);
    assertThatThrownBy(() -> Checks.finite("target a", Double.NEGATIVE_INFINITY))
        .hasMessage("target a must be finite, got -Infinity");
  }

  @Test
  void unitIntervalIncludesZeroAndExcludesOne() {
    assertThat(Checks.inUnitInterval("beta1", 0.0)).isZero();
    assertThat(Checks.inUnitInterval("beta2", 0.999)).isEqualTo(0.999);
    assertThatThrownBy(() -> Checks.inUnitInterval("beta2", 1.0))
        .hasMessage("beta2 must be in [0, 1), got 1.0");
    assertThatThrownBy(() -> Checks.inUnitInterval("beta1", Double.NaN))
        .hasMessage("beta1 must be in [0, 1), got NaN");
  }

  @Test
  void requiredNamesTheMissingValue() {
    assertThat(Checks.required("loss", "x")).isEqualTo("x");
    assertThatThrownBy(() -> Checks.required("loss", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("loss must not be null");
  }
}
