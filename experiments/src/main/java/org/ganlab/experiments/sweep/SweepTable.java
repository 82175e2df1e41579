package org.ganlab.experiments.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.experiments.bench.BenchLayout;
import org.ganlab.experiments.run.RunCsv;
import org.ganlab.experiments.run.RunStatus;
import org.ganlab.metrics.stats.Stats;

/**
 * A sweep's trials ranked by the metric's mean over seeds, read from the run directories alone
 * (each finished run's eval.csv row at the final step, as benchmark tables read theirs), so the
 * table is the same whichever engine trained the runs.
 *
 * @param sweep what was swept
 * @param rows best first; trials without any value last, in trial order
 */
public record SweepTable(SweepFile sweep, List<Row> rows) {
  /**
   * One trial.
   *
   * @param rank 1 for the best
   * @param trial the trial
   * @param bySeed the metric per seed that has a value, in seed order
   * @param metric mean and sample std over those seeds
   * @param runs the run directories, one per seed
   * @param problems runs without a value, and why
   */
  public record Row(
      int rank,
      Trial trial,
      Map<Long, Double> bySeed,
      Stats metric,
      List<Path> runs,
      List<String> problems) {}

  /** Whether every run has a value. */
  public boolean complete() {
    return rows.stream().allMatch(r -> r.problems().isEmpty());
  }

  /**
   * Reads every trial's runs.
   *
   * @param sweep the sweep
   * @param trials its trials
   * @param layout where their runs are
   * @return the ranked table
   */
  public static SweepTable read(SweepFile sweep, List<Trial> trials, BenchLayout layout) {
    String column = sweep.metric().column();
    List<Row> unranked = new ArrayList<>();
    for (Trial t : trials) {
      Map<Long, Double> bySeed = new LinkedHashMap<>();
      List<Path> runs = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      for (long seed : sweep.seeds()) {
        Path dir = layout.runDir(t.spec(), seed);
        runs.add(dir);
        String status = RunStatus.read(dir);
        if (!status.equals("finished")) {
          problems.add("seed " + seed + ": " + status);
          continue;
        }
        Map<String, Double> row = RunCsv.evalRow(dir.resolve("eval.csv"), sweep.steps());
        if (row == null) {
          problems.add("seed " + seed + ": no eval.csv row at step " + sweep.steps());
        } else if (!row.containsKey(column)) {
          problems.add(
              "seed " + seed + ": eval.csv has no column " + column + ", only " + row.keySet());
        } else {
          bySeed.put(seed, row.get(column));
        }
      }
      Stats stats = Stats.of(List.copyOf(bySeed.values()));
      unranked.add(new Row(0, t, bySeed, stats, runs, problems));
    }
    Comparator<Row> byMean = Comparator.comparingDouble(r -> r.metric().mean());
    if (sweep.metric().maximize()) {
      byMean = byMean.reversed();
    }
    List<Row> valued = new ArrayList<>();
    List<Row> empty = new ArrayList<>();
    for (Row r : unranked) {
      (Double.isNaN(r.metric().mean()) ? empty : valued).add(r);
    }
    // A stable sort: trials with equal means keep the file's order.
    valued.sort(byMean);
    valued.addAll(empty);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < valued.size(); i++) {
      Row r = valued.get(i);
      rows.add(new Row(i + 1, r.trial(), r.bySeed(), r.metric(), r.runs(), r.problems()));
    }
    return new SweepTable(sweep, List.copyOf(rows));
  }
}
