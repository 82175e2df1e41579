package org.ganlab.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnumKeysTest {
  private enum Pooling {
    MAX,
    MEAN,
    NONE
  }

  @Test
  void keysAreLowerCaseNamesAndParseBack() {
    assertThat(EnumKeys.key(Pooling.MEAN)).isEqualTo("mean");
    for (Pooling p : Pooling.values()) {
      assertThat(EnumKeys.parse(Pooling.class, "pooling", EnumKeys.key(p))).isEqualTo(p);
    }
  }

  @Test
  void anUnknownKeyIsRefusedWithEveryChoiceNamed() {
    assertThatThrownBy(() -> EnumKeys.parse(Pooling.class, "pooling", "MAX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pooling must be max, mean or none, got 'MAX'");
  }
}
