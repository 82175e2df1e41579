package org.ganlab.experiments.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.experiments.cli.Main;

/**
 * The command line of a {@code ganlab} command in a child JVM with this JVM's class path and the
 * system properties that the launcher sets.
 */
public final class ChildJvm {
  /** Passed on when set: the launcher's home and its JavaCPP setting (see the root pom). */
  private static final List<String> PASSED_ON =
      List.of("ganlab.home", "org.bytedeco.javacpp.maxPhysicalBytes");

  private ChildJvm() {}

  /**
   * {@return {@code java -cp <this class path> [-Dganlab.home=...] [...] Main <args>}}
   *
   * @param args the ganlab command and its arguments
   */
  public static List<String> ganlab(List<String> args) {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path")));
    for (String key : PASSED_ON) {
      String value = System.getProperty(key);
      if (value != null) {
        cmd.add("-D" + key + "=" + value);
      }
    }
    cmd.add(Main.class.getName());
    cmd.addAll(args);
    return cmd;
  }
}
