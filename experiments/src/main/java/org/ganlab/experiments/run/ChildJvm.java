package org.ganlab.experiments.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.experiments.cli.Main;

/** The command line of a {@code ganlab} command in a child JVM with this JVM's class path. */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * {@return {@code java -cp <this class path> [-Dganlab.home=...] Main <args>}}
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
    String home = System.getProperty("ganlab.home");
    if (home != null) {
      cmd.add("-Dganlab.home=" + home);
    }
    cmd.add(Main.class.getName());
    cmd.addAll(args);
    return cmd;
  }
}
