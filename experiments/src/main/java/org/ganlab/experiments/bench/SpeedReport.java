package org.ganlab.experiments.bench;

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
 */
public record SpeedReport(
    SpeedBenchmark.Config config,
    List<SpeedReport.Round> rounds,
    long rawParameters,
    long ganlabParameters) {
  /** {@return the median over rounds of the ratio} */
  public double medianRatio() {
    return median(rounds.stream().mapToDouble(Round::ratio).toArray());
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
    for (int i = 0; i < rounds.size(); i++) {
      Round r = rounds.get(i);
      b.append(
          String.format(
              Locale.ROOT,
              "%5d  %19.2f  %19.2f  %5.3f  %19.2f  %5.3f%n",
              i + 1,
              r.rawMs(),
              r.ganlabMs(),
              r.ratio(),
              r.bf16Ms(),
              r.bf16Ratio()));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "median %18.2f  %19.2f  %5.3f  %19.2f  %5.3f%n",
            median(rounds.stream().mapToDouble(Round::rawMs).toArray()),
            median(rounds.stream().mapToDouble(Round::ganlabMs).toArray()),
            medianRatio(),
            median(rounds.stream().mapToDouble(Round::bf16Ms).toArray()),
            median(rounds.stream().mapToDouble(Round::bf16Ratio).toArray())));
    if (Double.isNaN(rounds.get(0).bf16Ms())) {
      b.append("bf16: not timed, this CPU has no bfloat16 instructions\n");
    }
    return b.toString();
  }

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

  /** {@return the median of {@code values}} */
  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
