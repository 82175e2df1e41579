package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ganlab.experiments.CliOutcome;
import org.junit.jupiter.api.Test;

class BenchSpeedCommandTest {
  @Test
  void timesBothSidesAndReportsEqualParameterCounts() {
    CliOutcome o =
        CliOutcome.run(
            "bench", "speed", "--rounds", "1", "--warmup", "2", "--steps", "3", "--profile");
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains("trainable parameters: raw loop 910,658, ganlab 910,658 (equal)");
    Matcher m =
        Pattern.compile(
                "median +([0-9.]+) +(-?[0-9.]+) +(-?[0-9.]+) +(-?[0-9.]+|NaN) +(-?[0-9.]+|NaN)")
            .matcher(o.out());
    assertThat(m.find()).as(o.out()).isTrue();
    double raw = Double.parseDouble(m.group(1));
    double ganlab = Double.parseDouble(m.group(2));
    assertThat(raw).isPositive();
    // Three timed steps only show that both sides run: ganlab's difference of two whole runs
    // can even be negative at this length, so only the arithmetic of the ratio is checked.
    assertThat(Double.parseDouble(m.group(3)))
        .isCloseTo(ganlab / raw, org.assertj.core.data.Offset.offset(0.01));
    // The profile of one DCGAN step: its convolutions' kernels, shares adding up to the whole.
    assertThat(o.out())
        .contains("kernel time of one ganlab fp32 step (the update alone) after 2 steps")
        .containsPattern("Conv2D\\S* +[0-9]+ +[0-9.]+ +[0-9.]+ %")
        .containsPattern("\\nall +[0-9]+ +[0-9.]+ 100\\.0 %");

    CliOutcome bad = CliOutcome.run("bench", "speed", "--rounds", "0");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("must be positive, got 0");
    CliOutcome model = CliOutcome.run("bench", "speed", "--model", "began");
    assertThat(model.code()).isEqualTo(2);
    assertThat(model.err()).contains("--model must be dcgan or wgan-gp, got 'began'");
  }
}
