package org.ganlab.core.tf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What {@code /proc/cpuinfo} says about this machine's CPU: its model name and its instruction-set
 * flags, which decide what TensorFlow's CPU kernels can use (bfloat16, oneDNN by default).
 */
public final class CpuInfo {
  private CpuInfo() {}

  /**
   * The first processor's lines, read once per process when first needed: the CPU does not change
   * while the process runs, and provenance, the bf16 check and the oneDNN default all ask.
   */
  private static final class Lines {
    static final List<String> ALL = firstProcessor(Path.of("/proc/cpuinfo"));
  }

  /** {@return the first processor's model name, or {@code os.arch} when the file cannot be read} */
  public static String model() {
    for (String line : Lines.ALL) {
      if (line.startsWith("model name")) {
        return line.substring(line.indexOf(':') + 1).trim();
      }
    }
    return System.getProperty("os.arch");
  }

  /** {@return the first processor's flags; empty when the file cannot be read} */
  public static Set<String> flags() {
    Set<String> found = new TreeSet<>();
    for (String line : Lines.ALL) {
      if (line.startsWith("flags")) {
        found.addAll(List.of(line.substring(line.indexOf(':') + 1).trim().split("\\s+")));
        break;
      }
    }
    return found;
  }

  /** The lines up to the first blank one, which ends the first processor's block. */
  private static List<String> firstProcessor(Path file) {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.takeWhile(line -> !line.isBlank()).toList();
    } catch (IOException | RuntimeException e) {
      // Not Linux, or no access (a read error inside the stream is unchecked): nothing known.
      return List.of();
    }
  }
}
