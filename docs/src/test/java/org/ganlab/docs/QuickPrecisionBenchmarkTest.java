package org.ganlab.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.core.tf.Precision;
import org.ganlab.experiments.run.Provenance;
import org.junit.jupiter.api.Test;

/**
 * The quick variant of the bf16-against-float32 suite ({@link QuickBenchmarks}), on CPUs with
 * bfloat16 instructions: elsewhere its bf16 runs are refused, as they should be.
 */
class QuickPrecisionBenchmarkTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void precisionSuiteRunsAndWritesACompleteTable() throws Exception {
    assumeTrue(!Precision.cpuBf16Flags().isEmpty(), "this CPU has no bfloat16 instructions");
    QuickBenchmarks.runAndCollect(List.of(QuickBenchmarks.BF16_SUITE), "precision");
    // A bf16 run records which ops it kept in float32 (a bench refuses to reuse one that kept
    // others); a float32 run records none.
    Path runs = QuickBenchmarks.OUT.resolve(QuickBenchmarks.BF16_SUITE).resolve("runs");
    JsonNode bf16 = JSON.readTree(runs.resolve("dcgan-bf16/s0/provenance.json").toFile());
    JsonNode fp32 = JSON.readTree(runs.resolve("dcgan/s0/provenance.json").toFile());
    assertThat(bf16.path(Provenance.FLOAT32_OPS_KEY).asText()).isEqualTo(Precision.FLOAT32_OPS);
    assertThat(fp32.has(Provenance.FLOAT32_OPS_KEY)).isFalse();
  }
}
