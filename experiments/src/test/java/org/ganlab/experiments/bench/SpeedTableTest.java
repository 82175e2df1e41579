package org.ganlab.experiments.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The speed table's medians and target verdicts, on hand-made rounds. */
class SpeedTableTest {
  private static SpeedReport report(SpeedReport.Round... rounds) {
    return new SpeedReport(
        SpeedBenchmark.Config.DEFAULT, List.of(rounds), 910_658, 910_658, List.of());
  }

  @Test
  void theMedianLineHoldsTheMedianRatioNotTheRatioOfMedians() {
    // Ratios 0.5, 1.0, 0.9 (median 0.9); medians of the times 40 and 40 (their ratio would be 1).
    SpeedReport r =
        report(
            new SpeedReport.Round(80, 40, 32),
            new SpeedReport.Round(40, 40, 40),
            new SpeedReport.Round(30, 27, 18));
    SpeedReport.Line median = r.lines().get(3);
    assertThat(median.label()).isEqualTo("median");
    assertThat(median.rawMs()).isEqualTo(40);
    assertThat(median.ganlabMs()).isEqualTo(40);
    assertThat(median.ratio()).isEqualTo(0.9);
    // bf16 ratios 0.4, 1.0, 0.6: median 0.6, under the 0.65 target; fp32's 0.9 is over 0.85.
    assertThat(median.bf16Ratio()).isEqualTo(0.6);
    String md = SpeedTable.markdown(r, "./ganlab bench speed --out x");
    assertThat(md)
        .contains("| median | 40.00 | 40.00 | 0.900 | 32.00 | 0.600 |")
        .contains(
            "- **not met**: ganlab fp32 whole step at most 0.85x the raw loop's time"
                + " (median ratio 0.900)")
        .contains(
            "- **met**: ganlab bf16 whole step at most 0.65x the raw float32 loop's time"
                + " (median ratio 0.600)");
    assertThat(SpeedTable.csv(r).lines().toList())
        .containsExactly(
            "round,raw_ms,ganlab_fp32_ms,fp32_ratio,ganlab_bf16_ms,bf16_ratio",
            "1,80.0,40.0,0.5,32.0,0.4",
            "2,40.0,40.0,1.0,40.0,1.0",
            "3,30.0,27.0,0.9,18.0,0.6",
            "median,40.0,40.0,0.9,32.0,0.6");
  }

  @Test
  void withoutBf16TheBf16ColumnsAreEmptyAndItsTargetUnmeasured() {
    SpeedReport r = report(new SpeedReport.Round(50, 40, Double.NaN));
    String md = SpeedTable.markdown(r, "./ganlab bench speed --out x");
    assertThat(md)
        .contains("| 1 | 50.00 | 40.00 | 0.800 |  |  |")
        .contains(
            "- **met**: ganlab fp32 whole step at most 0.85x the raw loop's time"
                + " (median ratio 0.800)")
        .contains("- **not measured**: ganlab bf16");
    assertThat(SpeedTable.csv(r).lines().toList()).contains("1,50.0,40.0,0.8,,");
  }
}
