package org.ganlab.core.parallel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command in a private network namespace whose only interface is loopback, so the gRPC
 * servers of its worker processes, which TensorFlow binds on every interface without
 * authentication, cannot be reached from any network. Every process the command starts shares the
 * namespace. This needs Linux, root, {@code unshare} and {@code ip}; where they are missing the
 * command runs as it is, and its workers listen on 127.0.0.1 addresses but on every interface.
 */
public final class LoopbackNamespace {
  private LoopbackNamespace() {}

  /** {@return whether commands can run in a private network namespace here} */
  public static boolean available() {
    try {
      Process p =
          new ProcessBuilder("unshare", "-n", "ip", "link", "set", "lo", "up")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * {@return {@code command} wrapped to run in a new network namespace with loopback up, or {@code
   * command} itself where that is not {@link #available()}}
   *
   * @param command the program and its arguments
   */
  public static List<String> wrap(List<String> command) {
    if (!available()) {
      return List.copyOf(command);
    }
    List<String> wrapped =
        new ArrayList<>(
            List.of("unshare", "-n", "sh", "-c", "ip link set lo up && exec \"$@\"", "sh"));
    wrapped.addAll(command);
    return wrapped;
  }
}
