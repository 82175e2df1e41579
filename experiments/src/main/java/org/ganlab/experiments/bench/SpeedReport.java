package org.ganlab.experiments.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What {@code ganlab bench speed} measured: every round and the parameter counts of both sides.
 *
 * @param config what was timed
 * @param rounds the rounds, in order
 * @param rawParameters the raw loop's trainable scalars
 * @param ganlabParameters ganlab's DCGAN's trainable scalars
 * @param runs the timed ganlab run directories where they were kept, empty where they were scratch
 */
public record SpeedReport(
    SpeedBenchmark.Config config,
    List<SpeedReport.Round> rounds,
    long rawParameters,
    long ganlabParameters,
    List<Path> runs) {
  /** {@return the median over rounds of the ratio} */
  public double medianRatio() {
    return median(Round::ratio);
  }

  /**
   * {@return one line per round, then the median line: each column's median over rounds (so the
   * median line's ratios are the medians of the rounds' ratios, not ratios of medians)}
   */
  public List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < rounds.size(); i++) {
      Round r = rounds.get(i);
      lines.add(
          new Line(
              Integer.toString(i + 1),
              r.rawMs(),
              r.ganlabMs(),
              r.ratio(),
              r.bf16Ms(),
              r.bf16Ratio()));
    }
    lines.add(
        new Line(
            "median",
            median(Round::rawMs),
            median(Round::ganlabMs),
            medianRatio(),
            median(Round::bf16Ms),
            median(Round::bf16Ratio)));
    return lines;
  }

  /** {@return the report as the command prints it} */
  public String text() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%s, batch %d; %d timed steps after %d, %d rounds%n",
            config.model().description(),
            config.batchSize(),
            config.steps(),
            config.warmup(),
            config.rounds()));
    b.append(
        String.format(
            Locale.ROOT,
            "trainable parameters: raw loop %,d, ganlab %,d (%s)%n",
            rawParameters,
            ganlabParameters,
            rawParameters == ganlabParameters ? "equal" : "DIFFERENT"));
    b.append(
        "round  raw TF Java ms/step  ganlab fp32 ms/step  ratio  ganlab bf16 ms/step  ratio\n");
    for (Line l : lines()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-6s %19.2f  %19.2f  %5.3f  %19.2f  %5.3f%n",
              l.label(),
              l.rawMs(),
              l.ganlabMs(),
              l.ratio(),
              l.bf16Ms(),
              l.bf16Ratio()));
    }
    if (Double.isNaN(rounds.get(0).bf16Ms())) {
      b.append("bf16: not timed, this CPU has no bfloat16 instructions\n");
    }
    return b.toString();
  }

  /**
   * A printed line: a round's times, or the medians over rounds.
   *
   * @param label the round's number, or "median"
   * @param rawMs the raw loop's milliseconds per step
   * @param ganlabMs ganlab's milliseconds per whole step, float32
   * @param ratio ganlab's float32 time over the raw loop's
   * @param bf16Ms ganlab's milliseconds per whole step in bf16, NaN when not timed
   * @param bf16Ratio ganlab's bf16 time over the raw float32 loop's, NaN when not timed
   */
  public record Line(
      String label, double rawMs, double ganlabMs, double ratio, double bf16Ms, double bf16Ratio) {}

  /**
   * One round's times.
   *
   * @param rawMs the raw loop's milliseconds per step
   * @param ganlabMs ganlab's milliseconds per whole step, float32
   * @param bf16Ms ganlab's milliseconds per whole step with {@code precision=bf16}, NaN when the
   *     CPU has no bfloat16 instructions
   */
  public record Round(double rawMs, double ganlabMs, double bf16Ms) {
    /** {@return ganlab's float32 time over the raw loop's} */
    public double ratio() {
      return ganlabMs / rawMs;
    }

    /** {@return ganlab's bf16 time over the raw float32 loop's} */
    public double bf16Ratio() {
      return bf16Ms / rawMs;
    }
  }

  /** {@return the median over rounds of {@code column}} */
  private double median(java.util.function.ToDoubleFunction<Round> column) {
    double[] v = rounds.stream().mapToDouble(column).toArray();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
