package org.ganlab.metrics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FidBenchmarkTest {
  @Test
  void tinyRunAgreesWithTheTextbookFormulation() {
    FidBenchmark.Result r = FidBenchmark.run(new FidBenchmark.Config(300, 48, 3L, true));
    assertThat(r.fastSeconds()).isPositive();
    assertThat(r.textbookSeconds()).isPositive();
    assertThat(r.fastValue()).isPositive();
    assertThat(r.relativeDifference()).isLessThan(1e-6);
    assertThat(r.report()).contains("speedup").contains("300 x 48");
  }

  @Test
  void withoutTheTextbookOnlyThisModulesFidIsTimed() {
    FidBenchmark.Result r = FidBenchmark.run(new FidBenchmark.Config(300, 48, 3L, false));
    FidBenchmark.Result both = FidBenchmark.run(new FidBenchmark.Config(300, 48, 3L, true));
    assertThat(r.fastValue()).isEqualTo(both.fastValue());
    assertThat(r.textbookSeconds()).isNaN();
    assertThat(r.textbookValue()).isNaN();
    assertThat(r.report()).contains("not timed (--no-textbook)").doesNotContain("speedup");
  }
}
