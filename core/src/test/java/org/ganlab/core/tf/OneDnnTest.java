package org.ganlab.core.tf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneDnnTest {
  @Test
  void readsTheVariableAsTensorFlowDoesAndFallsBackToTheCpuDefault() {
    Set<String> old = Set.of("sse4_2", "avx2", "fma");
    Set<String> vnni = Set.of("avx2", "avx512f", "avx512_vnni");
    assertThat(OneDnn.enabled("1", old)).isTrue();
    assertThat(OneDnn.enabled(" TRUE ", old)).isTrue();
    assertThat(OneDnn.enabled("0", vnni)).isFalse();
    assertThat(OneDnn.enabled("false", vnni)).isFalse();
    assertThat(OneDnn.enabled(null, old)).isFalse();
    assertThat(OneDnn.enabled(null, vnni)).isTrue();
    assertThat(OneDnn.enabled("", Set.of("amx_tile"))).isTrue();
    assertThat(OneDnn.enabled("yes", old)).isFalse();
  }

  @Test
  void theLauncherAndTheBuildTurnItOn() throws IOException {
    String v = OneDnn.ENVIRONMENT_VARIABLE;
    assertThat(Files.readString(Path.of("..", "ganlab")))
        .contains("export " + v + "=\"${" + v + ":-" + OneDnn.ON + "}\"");
    assertThat(Files.readString(Path.of("..", "pom.xml")))
        .contains("<" + v + ">" + OneDnn.ON + "</" + v + ">");
    // This JVM was started by the build's test configuration.
    assertThat(OneDnn.enabled()).isTrue();
  }

  @Test
  void cpuInfoReadsTheModelAndTheFlags() {
    if (Files.isReadable(Path.of("/proc/cpuinfo"))) {
      assertThat(CpuInfo.model()).isNotBlank().isNotEqualTo(System.getProperty("os.arch"));
      assertThat(CpuInfo.flags()).contains("fpu");
    }
  }

  @Test
  void bf16FlagsAreTheBfloat16InstructionSetsAmongTheCpuFlags() {
    assertThat(Precision.bf16Flags(Set.of("fpu", "avx2", "avx512f"))).isEmpty();
    assertThat(Precision.bf16Flags(Set.of("fpu", "avx512f", "avx512_bf16")))
        .containsExactly("avx512_bf16");
    assertThat(Precision.bf16Flags(Set.of("amx_tile", "amx_bf16", "avx512_bf16", "avx512_fp16")))
        .containsExactly("amx_bf16", "avx512_bf16");
  }
}
