package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ganlab.core.tf.Precision;
import org.ganlab.experiments.CliOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchSpeedCommandTest {
  @Test
  void timesBothSidesAndReportsEqualParameterCounts(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("speed");
    CliOutcome o =
        CliOutcome.run(
            "bench",
            "speed",
            "--rounds",
            "1",
            "--warmup",
            "2",
            "--steps",
            "3",
            "--profile",
            "--out",
            out.toString());
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
    // The bf16 step is traced where it is timed, and its graph has the rewrite's casts.
    String bf16 = "kernel time of one ganlab bf16 step (the update alone) after 2 steps";
    if (Precision.cpuBf16Flags().isEmpty()) {
      assertThat(o.out()).doesNotContain(bf16);
    } else {
      assertThat(o.out().substring(o.out().indexOf(bf16)))
          .containsPattern("\\nCast +[0-9]+ +[0-9.]+ +[0-9.]+ %");
    }

    // --out: the table names the command, the timed run keeps its provenance, the CSV the round.
    String md = Files.readString(out.resolve("table.md"));
    assertThat(md)
        .startsWith("## Speed: DCGAN 28x28")
        .contains(
            "Command: `./ganlab bench speed --model dcgan --rounds 1 --warmup 2 --steps 3"
                + " --batch-size 64 --out "
                + out
                + "`")
        .containsPattern("Runs made at commit [0-9a-f]{40}|Runs made at commit unknown")
        .contains("Trainable parameters: raw loop 910,658, ganlab 910,658 (equal)");
    assertThat(out.resolve("runs/r1/full/provenance.json")).isRegularFile();
    List<String> csv = Files.readAllLines(out.resolve("table.csv"));
    assertThat(csv.get(0))
        .isEqualTo("round,raw_ms,ganlab_fp32_ms,fp32_ratio,ganlab_bf16_ms,bf16_ratio");
    assertThat(csv).hasSize(3);
    assertThat(csv.get(1).split(",")[1]).isEqualTo(csv.get(2).split(",")[1]);
    CliOutcome again = CliOutcome.run("bench", "speed", "--rounds", "1", "--out", out.toString());
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains(out.resolve("runs") + " exists");

    CliOutcome bad = CliOutcome.run("bench", "speed", "--rounds", "0");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("must be positive, got 0");
    CliOutcome model = CliOutcome.run("bench", "speed", "--model", "began");
    assertThat(model.code()).isEqualTo(2);
    assertThat(model.err()).contains("--model must be dcgan or wgan-gp, got 'began'");
  }
}
