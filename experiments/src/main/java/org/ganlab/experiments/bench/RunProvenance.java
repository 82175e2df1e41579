package org.ganlab.experiments.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a table says about how and where its runs were made: its command, and what their
 * provenance.json files record.
 */
public final class RunProvenance {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RunProvenance() {}

  /**
   * {@return the two Markdown lines every table starts with: the command that regenerates it and
   * the time it was written (UTC)}
   *
   * @param command the command line, as a reader would type it
   */
  public static String commandAndDate(String command) {
    return "Command: `"
        + command
        + "`  \nWritten: "
        + ZonedDateTime.now(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
        + "  \n";
  }

  /**
   * {@return three Markdown lines: the git commits, the software versions and the machines that the
   * runs record (runs without provenance.json are skipped)}
   *
   * @param runs run directories
   */
  public static String summary(List<Path> runs) {
    Set<String> commits = new TreeSet<>();
    Set<String> software = new TreeSet<>();
    Set<String> machines = new TreeSet<>();
    for (Path run : runs) {
      Path p = run.resolve("provenance.json");
      if (!Files.isRegularFile(p)) {
        continue;
      }
      try {
        JsonNode j = JSON.readTree(p.toFile());
        commits.add(
            j.path("gitCommit").asText("unknown")
                + (j.path("gitDirty").asBoolean(false) ? " (dirty tree)" : ""));
        software.add(
            "ganlab "
                + j.path("ganlabVersion").asText()
                + ", TensorFlow "
                + j.path("tensorflowVersion").asText()
                + oneDnn(j.path("oneDnn"))
                + ", Java "
                + j.path("javaVersion").asText());
        machines.add(
            j.path("cpuModel").asText()
                + ", "
                + j.path("availableProcessors").asText()
                + " processors"
                + bf16(j.path("cpuBf16Flags")));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
      }
    }
    return "Runs made at commit "
        + String.join(", ", commits)
        + "  \nSoftware: "
        + String.join("; ", software)
        + "  \nMachine: "
        + String.join("; ", machines);
  }

  /** {@return " (oneDNN on)" or " (oneDNN off)"; empty for runs older than the field} */
  private static String oneDnn(JsonNode on) {
    return on.isBoolean() ? (on.asBoolean() ? " (oneDNN on)" : " (oneDNN off)") : "";
  }

  /**
   * {@return ", " and the CPU's bfloat16 flags as provenance.json lists them, or ", no bfloat16
   * instructions"; empty for runs older than the field} CPUs of one model name differ in them.
   */
  private static String bf16(JsonNode flags) {
    if (!flags.isArray()) {
      return "";
    }
    List<String> names = new java.util.ArrayList<>();
    flags.forEach(f -> names.add(f.asText()));
    return names.isEmpty() ? ", no bfloat16 instructions" : ", " + String.join(" and ", names);
  }
}
