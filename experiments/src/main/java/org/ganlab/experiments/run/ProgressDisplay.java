package org.ganlab.experiments.run;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ganlab.core.train.Scores;
import org.ganlab.core.train.StepRecord;

/**
 * Shows training progress: on a terminal one line rewritten in place (step, losses, D(x), D(G(z)),
 * steps/s, ETA, last evaluation); otherwise a plain line every {@code logEvery} steps, so logs stay
 * readable in CI and files, and one line per evaluation.
 */
public final class ProgressDisplay {
  private final PrintStream out;
  private final boolean terminal;
  private final long totalSteps;
  private final long logEvery;
  private final long startStep;
  private final String scores;
  private final long startNanos = System.nanoTime();
  private long lastDraw;
  private String lastEval = "";

  /**
   * @param terminal whether {@code out} is an interactive terminal
   * @param startStep the step training (re)starts from, for the rate
   * @param scores how the loss reads its discriminator's outputs (null: no scores shown)
   */
  public ProgressDisplay(
      PrintStream out,
      boolean terminal,
      long totalSteps,
      long logEvery,
      long startStep,
      Scores.Kind scores) {
    this.out = out;
    this.terminal = terminal;
    this.totalSteps = totalSteps;
    this.logEvery = Math.max(1, logEvery);
    this.startStep = startStep;
    // Probabilities read as the papers' D(x), D(G(z)); a critic's raw outputs as C(x), C(G(z)).
    this.scores =
        scores == null
            ? ""
            : scores == Scores.Kind.PROBABILITY
                ? "  D(x) %.3f  D(G(z)) %.3f"
                : "  C(x) %.3f  C(G(z)) %.3f";
  }

  /** Called after each step. */
  public void update(StepRecord r) {
    long now = System.nanoTime();
    boolean last = r.step() == totalSteps;
    if (terminal) {
      if (now - lastDraw < 200_000_000L && !last) {
        return;
      }
      lastDraw = now;
      out.print("\r" + line(r, now) + "   ");
      if (last) {
        out.println();
      }
      out.flush();
    } else if (r.step() % logEvery == 0 || last) {
      out.println(line(r, now));
    }
  }

  /**
   * Records an evaluation: the progress line shows it from now on ("last eval"), and without a
   * terminal it is printed as a line of its own.
   */
  public void evaluated(long step, Map<String, ? extends Number> values) {
    String v =
        values.entrySet().stream()
            .map(e -> e.getKey() + " " + number(e.getValue()))
            .collect(Collectors.joining("  "));
    lastEval = "  last eval @" + step + ": " + v;
    if (!terminal) {
      out.println("eval step " + step + ": " + v);
    }
  }

  private static String number(Number n) {
    return n instanceof Integer || n instanceof Long
        ? n.toString()
        : String.format(Locale.ROOT, "%.4g", n.doubleValue());
  }

  /** Prints a message on its own line without breaking the in-place display. */
  public void message(String text) {
    if (terminal) {
      out.print("\r");
    }
    out.println(text);
  }

  private String line(StepRecord r, long now) {
    double secs = (now - startNanos) / 1e9;
    double rate = secs > 0 ? (r.step() - startStep) / secs : 0;
    double eta = rate > 0 ? (totalSteps - r.step()) / rate : 0;
    return String.format(
            Locale.ROOT,
            "step %d/%d  D %.4f  G %.4f",
            r.step(),
            totalSteps,
            r.discriminatorLoss(),
            r.generatorLoss())
        + String.format(Locale.ROOT, scores, r.dReal(), r.dFake())
        + String.format(Locale.ROOT, "  %.1f steps/s  ETA %s", rate, duration(eta))
        + lastEval;
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
