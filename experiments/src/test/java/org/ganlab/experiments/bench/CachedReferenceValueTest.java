package org.ganlab.experiments.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trained reference value is computed once per seed and read back from its eval.csv. */
class CachedReferenceValueTest {
  @TempDir Path tmp;

  @Test
  void computesOnceWritesEvalCsvAndReadsItBack() throws Exception {
    BenchLayout bench = new BenchLayout(tmp);
    AtomicInteger calls = new AtomicInteger();
    Map<String, Number> first =
        CachedReferenceValue.get(
            bench,
            "edges: a classifier",
            2,
            "label_preservation",
            () -> OptionalDouble.of(0.125 + calls.incrementAndGet()));
    assertThat(first).isEqualTo(Map.of("label_preservation", 1.125));
    Path csv = tmp.resolve("references/edges-a-classifier/s2/eval.csv");
    assertThat(Files.readString(csv)).isEqualTo("step,label_preservation\n0,1.125\n");

    Map<String, Number> again =
        CachedReferenceValue.get(
            bench,
            "edges: a classifier",
            2,
            "label_preservation",
            () -> OptionalDouble.of(0.125 + calls.incrementAndGet()));
    assertThat(again).isEqualTo(first);
    assertThat(calls).hasValue(1);
  }

  @Test
  void aValueThatCannotBeComputedLeavesNoFile() {
    BenchLayout bench = new BenchLayout(tmp);
    assertThat(CachedReferenceValue.get(bench, "row", 0, "accuracy", OptionalDouble::empty))
        .isEmpty();
    assertThat(tmp.resolve("references")).doesNotExist();
  }
}
