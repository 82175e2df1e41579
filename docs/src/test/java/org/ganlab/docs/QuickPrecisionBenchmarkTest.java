package org.ganlab.docs;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.ganlab.core.tf.Precision;
import org.junit.jupiter.api.Test;

/**
 * The quick variant of the bf16-against-float32 suite ({@link QuickBenchmarks}), on CPUs with
 * bfloat16 instructions: elsewhere its bf16 runs are refused, as they should be.
 */
class QuickPrecisionBenchmarkTest {
  @Test
  void precisionSuiteRunsAndWritesACompleteTable() throws Exception {
    assumeTrue(!Precision.cpuBf16Flags().isEmpty(), "this CPU has no bfloat16 instructions");
    QuickBenchmarks.runAndCollect(List.of(QuickBenchmarks.BF16_SUITE), "precision");
  }
}
