package org.ganlab.core.tf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.core.config.Hyperparameters;
import org.junit.jupiter.api.Test;

class PrecisionTest {
  @Test
  void parsesItsKeysAndNamesTheValidOnes() {
    assertThat(Precision.parse("bf16")).isEqualTo(Precision.BF16);
    assertThat(Precision.parse(" fp32 ")).isEqualTo(Precision.FP32);
    assertThat(Precision.BF16.key()).isEqualTo("bf16");
    assertThatThrownBy(() -> Precision.parse("fp16"))
        .hasMessageContaining("precision must be fp32 or bf16, got 'fp16'");
    Hyperparameters hp =
        Hyperparameters.builder()
            .declare(SessionSettings.HYPERPARAMETERS, SessionSettings.defaults())
            .build()
            .with("precision", "bf16");
    assertThat(hp.apply(SessionSettings.HYPERPARAMETERS, SessionSettings.defaults()))
        .isEqualTo(new SessionSettings(0, 0, Precision.BF16));
  }

  @Test
  void onlyBf16RewritesTheGraph() {
    assertThat(SessionSettings.defaults().toConfigProto().hasGraphOptions()).isFalse();
    assertThat(
            new SessionSettings(0, 0, Precision.BF16)
                .toConfigProto()
                .getGraphOptions()
                .getRewriteOptions()
                .getAutoMixedPrecisionOnednnBfloat16()
                .name())
        .isEqualTo("ON");
    // fp32 never checks the CPU or the environment.
    Precision.FP32.checkSupported();
  }

  @Test
  void theLauncherAndTheBuildSetTheFloat32ListsBf16Needs() throws IOException {
    String launcher = Files.readString(Path.of("..", "ganlab"));
    String pom = Files.readString(Path.of("..", "pom.xml"));
    assertThat(launcher).contains("f32_ops=\"" + Precision.FLOAT32_OPS + "\"");
    Precision.bf16Environment()
        .forEach(
            (k, v) -> {
              assertThat(launcher).contains("export " + k + "=\"${" + k + ":-$f32_ops}\"");
              assertThat(pom).contains("<" + k + ">" + v + "</" + k + ">");
            });
  }
}
