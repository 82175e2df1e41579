package org.ganlab.experiments.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ganlab.experiments.run.RunCsv;
import org.ganlab.experiments.run.RunStatus;
import org.ganlab.metrics.stats.Bound;
import org.ganlab.metrics.stats.Stats;

/**
 * The aggregated numbers of a benchmark: one row per entry (mean and std over seeds of each metric,
 * read from the runs' eval.csv, and the training time from timing.csv), the reference rows, and
 * whether each quality target is met.
 *
 * @param suite what was run
 * @param seeds the seeds of every row
 * @param rows trained rows, then reference rows
 * @param targets one result per quality target
 */
public record BenchTable(
    BenchSuite suite, List<Long> seeds, List<Row> rows, List<TargetResult> targets) {

  /**
   * One row.
   *
   * @param label the entry's or reference's label
   * @param reference computed without training
   * @param command the {@code ganlab run} arguments (without the seed), empty for references
   * @param step the eval.csv step read (-1 for references)
   * @param metrics statistics per metric over the seeds that have a value
   * @param trainMinutes wall-clock training time up to {@code step} (steps only, no evaluation)
   * @param runs the run directories, one per seed
   * @param problems runs without a value, and why
   */
  public record Row(
      String label,
      boolean reference,
      String command,
      long step,
      Map<String, Stats> metrics,
      Stats trainMinutes,
      List<Path> runs,
      List<String> problems) {}

  /**
   * A quality target's outcome.
   *
   * @param met whether a candidate row satisfies every bound
   * @param closest the candidate satisfying the most bounds (so a row that meets the target, if one
   *     does; on ties, the one with the best value of the first bound's metric), if any row has
   *     values
   */
  public record TargetResult(QualityTarget target, boolean met, String closest) {}

  /** The row labelled {@code label}. */
  public Row row(String label) {
    return rows.stream()
        .filter(r -> r.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row '" + label + "'"));
  }

  /** Whether any run of the table failed or is missing. */
  public boolean complete() {
    return rows.stream().allMatch(r -> r.problems().isEmpty());
  }

  static BenchTable build(
      BenchSuite suite,
      List<Long> seeds,
      BenchLayout layout,
      Map<String, Map<Long, Map<String, Number>>> references,
      Map<Path, String> failures) {
    List<Row> rows = new ArrayList<>();
    // Per row label, per seed, the values read: what summary rows average.
    Map<String, Map<Long, Map<String, Double>>> bySeed = new LinkedHashMap<>();
    for (BenchEntry e : suite.entries()) {
      Map<Long, Map<String, Double>> seen = new LinkedHashMap<>();
      rows.add(trainedRow(suite, e, seeds, layout, failures, seen));
      bySeed.put(e.label(), seen);
    }
    references.forEach(
        (label, values) -> {
          Map<Long, Map<String, Double>> m = new LinkedHashMap<>();
          values.forEach(
              (seed, v) -> {
                Map<String, Double> d = new LinkedHashMap<>();
                v.forEach((k, x) -> d.put(k, x.doubleValue()));
                m.put(seed, d);
              });
          bySeed.put(label, m);
        });
    for (ReferenceRow r : suite.references()) {
      Map<String, List<Double>> values = new LinkedHashMap<>();
      references
          .get(r.label())
          .values()
          .forEach(
              m ->
                  m.forEach(
                      (k, v) ->
                          values.computeIfAbsent(k, x -> new ArrayList<>()).add(v.doubleValue())));
      Map<String, Stats> stats = new LinkedHashMap<>();
      values.forEach((k, v) -> stats.put(k, Stats.of(v)));
      rows.add(
          new Row(
              r.label(),
              true,
              "",
              -1,
              stats,
              Stats.of(List.of()),
              List.of(),
              runProblems(r.runs(), seeds, layout, failures)));
    }
    for (SummaryRow sr : suite.summaries()) {
      rows.add(summaryRow(suite, sr, seeds, bySeed));
    }
    Map<String, Map<String, Stats>> refStats = new LinkedHashMap<>();
    for (Row r : rows) {
      if (!r.metrics().isEmpty()) {
        refStats.put(r.label(), r.metrics());
      }
    }
    List<TargetResult> targets = new ArrayList<>();
    for (QualityTarget t : suite.targets()) {
      targets.add(judge(t, rows, refStats));
    }
    return new BenchTable(suite, List.copyOf(seeds), rows, targets);
  }

  private static TargetResult judge(
      QualityTarget t, List<Row> rows, Map<String, Map<String, Stats>> refStats) {
    String closest = null;
    int most = -1;
    double bestMargin = Double.NEGATIVE_INFINITY;
    for (Row r : rows) {
      if (!t.entries().contains(r.label()) || r.metrics().isEmpty()) {
        continue;
      }
      int held = 0;
      for (Bound b : t.bounds()) {
        Stats s = r.metrics().get(b.metric());
        if (s != null && b.holds(s.mean(), refStats)) {
          held++;
        }
      }
      // Ties on bounds held go to the row furthest along the first bound's direction.
      Bound first = t.bounds().get(0);
      Stats s0 = r.metrics().get(first.metric());
      double margin =
          s0 == null || Double.isNaN(s0.mean())
              ? Double.NEGATIVE_INFINITY
              : first.atLeast() ? s0.mean() : -s0.mean();
      if (held > most || (held == most && margin > bestMargin)) {
        most = held;
        bestMargin = margin;
        closest = r.label();
      }
    }
    // Met: the best of the rows that hold every bound is named, not the first listed.
    return new TargetResult(t, most == t.bounds().size(), closest);
  }

  /** The runs of {@code specs} that did not finish, as a trained row names them. */
  private static List<String> runProblems(
      List<RunSpec> specs, List<Long> seeds, BenchLayout layout, Map<Path, String> failures) {
    List<String> problems = new ArrayList<>();
    for (RunSpec spec : specs) {
      for (long seed : seeds) {
        unfinished(layout.runDir(spec, seed), failures)
            .ifPresent(why -> problems.add("runs/" + spec.id() + " seed " + seed + ": " + why));
      }
    }
    return problems;
  }

  /** {@return why the run in {@code dir} did not finish: its failure, else its status} */
  private static Optional<String> unfinished(Path dir, Map<Path, String> failures) {
    String status = RunStatus.read(dir);
    return status.equals("finished")
        ? Optional.empty()
        : Optional.of(failures.getOrDefault(dir, status));
  }

  private static Row summaryRow(
      BenchSuite suite,
      SummaryRow sr,
      List<Long> seeds,
      Map<String, Map<Long, Map<String, Double>>> bySeed) {
    Map<String, List<Double>> values = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (long seed : seeds) {
      for (String m : suite.metrics()) {
        double sum = 0;
        boolean all = true;
        for (String row : sr.rows()) {
          Double v = bySeed.getOrDefault(row, Map.of()).getOrDefault(seed, Map.of()).get(m);
          all &= v != null;
          sum += v == null ? 0 : v;
        }
        if (all) {
          values.computeIfAbsent(m, x -> new ArrayList<>()).add(sum / sr.rows().size());
        } else if (!problems.contains("seed " + seed)) {
          problems.add("seed " + seed);
        }
      }
    }
    Map<String, Stats> stats = new LinkedHashMap<>();
    values.forEach((k, v) -> stats.put(k, Stats.of(v)));
    List<String> missing =
        problems.isEmpty() ? List.of() : List.of("rows without values at " + problems);
    return new Row(sr.label(), true, "", -1, stats, Stats.of(List.of()), List.of(), missing);
  }

  private static Row trainedRow(
      BenchSuite suite,
      BenchEntry e,
      List<Long> seeds,
      BenchLayout layout,
      Map<Path, String> failures,
      Map<Long, Map<String, Double>> seen) {
    long step = e.atStep().orElse(e.run().steps());
    Map<String, List<Double>> values = new LinkedHashMap<>();
    List<Double> minutes = new ArrayList<>();
    List<Path> runs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (long seed : seeds) {
      Path dir = layout.runDir(e.run(), seed);
      runs.add(dir);
      Optional<String> why = unfinished(dir, failures);
      if (why.isPresent()) {
        problems.add("seed " + seed + ": " + why.get());
        continue;
      }
      Map<String, Double> row = RunCsv.evalRow(dir.resolve("eval.csv"), step);
      if (row == null) {
        problems.add("seed " + seed + ": no eval.csv row at step " + step + " in " + dir);
        continue;
      }
      seen.put(seed, row);
      for (String m : suite.metrics()) {
        Double v = row.get(m);
        if (v != null) {
          values.computeIfAbsent(m, x -> new ArrayList<>()).add(v);
        }
      }
      minutes.add(RunCsv.trainMillis(dir.resolve("timing.csv"), step) / 60_000);
    }
    Map<String, Stats> stats = new LinkedHashMap<>();
    values.forEach((k, v) -> stats.put(k, Stats.of(v)));
    String command = e.run().experiment() + " " + String.join(" ", e.run().settings());
    return new Row(e.label(), false, command, step, stats, Stats.of(minutes), runs, problems);
  }
}
