package org.ganlab.docs;

import org.junit.jupiter.api.Test;

/**
 * The quick variants of every suite not in {@link QuickImageBenchmarksTest}: translation, text,
 * anomaly detection, data augmentation and those added since ({@link QuickBenchmarks}).
 */
class QuickApplicationBenchmarksTest {
  @Test
  void applicationSuitesRunAndWriteCompleteTables() throws Exception {
    QuickBenchmarks.runAndCollect(QuickBenchmarks.otherSuites(), "applications");
  }
}
