package org.ganlab.core.tf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code /proc/cpuinfo} says about this machine's CPU: its model name and its instruction-set
 * flags, which decide what TensorFlow's CPU kernels can use (bfloat16, oneDNN by default).
 */
public final class CpuInfo {
  private static final Path CPUINFO = Path.of("/proc/cpuinfo");

  private CpuInfo() {}

  /** {@return the first processor's model name, or {@code os.arch} when the file cannot be read} */
  public static String model() {
    for (String line : lines()) {
      if (line.startsWith("model name")) {
        return line.substring(line.indexOf(':') + 1).trim();
      }
    }
    return System.getProperty("os.arch");
  }

  /** {@return the first processor's flags; empty when the file cannot be read} */
  public static Set<String> flags() {
    Set<String> found = new TreeSet<>();
    for (String line : lines()) {
      if (line.startsWith("flags")) {
        found.addAll(List.of(line.substring(line.indexOf(':') + 1).trim().split("\\s+")));
        break;
      }
    }
    return found;
  }

  private static List<String> lines() {
    try {
      return Files.readAllLines(CPUINFO, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      // Not Linux, or no access: nothing known.
      return List.of();
    }
  }
}
