package org.ganlab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.experiments.bench.BenchSuites;
import org.junit.jupiter.api.Test;

/** The quick variants of the image-generation suites ({@link QuickBenchmarks}). */
class QuickImageBenchmarksTest {
  @Test
  void theTwoQuickBenchmarkClassesCoverEverySuiteOnce() {
    List<String> both = new ArrayList<>(QuickBenchmarks.IMAGE_SUITES);
    both.addAll(QuickBenchmarks.otherSuites());
    both.add(QuickBenchmarks.BF16_SUITE);
    assertThat(both).containsExactlyInAnyOrderElementsOf(BenchSuites.NAMES);
  }

  @Test
  void imageSuitesRunAndWriteCompleteTables() throws Exception {
    QuickBenchmarks.runAndCollect(QuickBenchmarks.IMAGE_SUITES, "images");
  }
}
