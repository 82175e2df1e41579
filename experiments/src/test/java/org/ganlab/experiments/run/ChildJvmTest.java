package org.ganlab.experiments.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ganlab.experiments.cli.Main;
import org.junit.jupiter.api.Test;

/** The child JVM's command line: this JVM's class path, the launcher's properties, then Main. */
class ChildJvmTest {
  @Test
  void passesOnTheJavaCppSettingThatTheBuildGivesItsTestJvms() {
    // The parent pom's argLine sets it for every test JVM, as the launcher does for the CLI.
    assertThat(System.getProperty("org.bytedeco.javacpp.maxPhysicalBytes")).isEqualTo("0");
    List<String> cmd = ChildJvm.ganlab(List.of("run", "dcgan"));
    assertThat(cmd.get(0)).endsWith("/bin/java");
    assertThat(cmd.subList(1, 3)).containsExactly("-cp", System.getProperty("java.class.path"));
    assertThat(cmd).contains("-Dorg.bytedeco.javacpp.maxPhysicalBytes=0");
    assertThat(cmd.subList(cmd.size() - 3, cmd.size()))
        .containsExactly(Main.class.getName(), "run", "dcgan");
  }
}
