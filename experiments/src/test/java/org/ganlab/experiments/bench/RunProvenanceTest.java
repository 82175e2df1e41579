package org.ganlab.experiments.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provenance lines of a table, from hand-written provenance.json files. */
class RunProvenanceTest {
  private static Path run(Path dir, String name, String bf16Flags) throws Exception {
    return run(dir, name, bf16Flags, "");
  }

  private static Path run(Path dir, String name, String bf16Flags, String more) throws Exception {
    Path run = Files.createDirectories(dir.resolve(name));
    Files.writeString(
        run.resolve("provenance.json"),
        "{\"gitCommit\":\"abc\",\"gitDirty\":false,\"ganlabVersion\":\"0.1\","
            + "\"tensorflowVersion\":\"2.18.0\",\"javaVersion\":\"17\",\"cpuModel\":\"AMD EPYC\","
            + "\"availableProcessors\":2"
            + (bf16Flags == null ? "" : ",\"cpuBf16Flags\":" + bf16Flags)
            + more
            + "}");
    return run;
  }

  @Test
  void theMachineLineTellsCpusOfOneModelApartByTheirBfloat16Instructions(@TempDir Path dir)
      throws Exception {
    Path with = run(dir, "a", "[\"avx512_bf16\",\"amx_bf16\"]");
    Path without = run(dir, "b", "[]");
    Path older = run(dir, "c", null);
    Path missing = Files.createDirectories(dir.resolve("d"));
    String summary = RunProvenance.summary(List.of(with, without, older, missing));
    assertThat(summary.lines().toList())
        .containsExactly(
            "Runs made at commit abc  ",
            "Software: ganlab 0.1, TensorFlow 2.18.0, Java 17  ",
            "Machine: AMD EPYC, 2 processors; AMD EPYC, 2 processors, avx512_bf16 and amx_bf16;"
                + " AMD EPYC, 2 processors, no bfloat16 instructions");
  }

  @Test
  void theSoftwareLineSaysWhetherOneDnnWasOn(@TempDir Path dir) throws Exception {
    Path on = run(dir, "a", "[]", ",\"oneDnn\":true");
    Path off = run(dir, "b", "[]", ",\"oneDnn\":false");
    assertThat(RunProvenance.summary(List.of(on, off)).lines().toList())
        .contains(
            "Software: ganlab 0.1, TensorFlow 2.18.0 (oneDNN off), Java 17; ganlab 0.1, TensorFlow"
                + " 2.18.0 (oneDNN on), Java 17  ");
  }

  @Test
  void theCommandAndDateLinesEndInMarkdownLineBreaks() {
    assertThat(RunProvenance.commandAndDate("./ganlab bench modes"))
        .matches(
            "Command: `\\./ganlab bench modes`  \\nWritten: \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC  \\n");
  }
}
