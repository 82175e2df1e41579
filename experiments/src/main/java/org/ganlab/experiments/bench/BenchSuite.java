package org.ganlab.experiments.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A benchmark suite: the rows of its table, the metrics it shows, rows computed without training,
 * the quality targets it is held to and notes on what was tried.
 *
 * @param name what {@code ganlab bench} calls it
 * @param title heading of its table
 * @param quick whether this is the minutes-long variant (its numbers only show that it runs)
 * @param entries trained rows, in table order
 * @param metrics eval.csv columns shown, in order
 * @param references rows computed without training, shown after the trained ones
 * @param targets quality targets
 * @param notes paragraphs for the table's notes: protocol, what was tried
 * @param summaries rows averaging other rows seed by seed, shown last
 */
public record BenchSuite(
    String name,
    String title,
    boolean quick,
    List<BenchEntry> entries,
    List<String> metrics,
    List<ReferenceRow> references,
    List<QualityTarget> targets,
    List<String> notes,
    List<SummaryRow> summaries) {

  /** A suite without summary rows. */
  public BenchSuite(
      String name,
      String title,
      boolean quick,
      List<BenchEntry> entries,
      List<String> metrics,
      List<ReferenceRow> references,
      List<QualityTarget> targets,
      List<String> notes) {
    this(name, title, quick, entries, metrics, references, targets, notes, List.of());
  }

  /** Copies the lists and checks that run ids name one configuration each. */
  public BenchSuite {
    summaries = List.copyOf(summaries);
    entries = List.copyOf(entries);
    metrics = List.copyOf(metrics);
    references = List.copyOf(references);
    targets = List.copyOf(targets);
    notes = List.copyOf(notes);
    runs(entries, references);
  }

  /**
   * The distinct run configurations, in first-use order: the entries', then those only reference
   * rows read ({@link ReferenceRow#runs()}).
   */
  public List<RunSpec> runs() {
    return runs(entries, references);
  }

  private static List<RunSpec> runs(List<BenchEntry> entries, List<ReferenceRow> references) {
    List<RunSpec> all = new ArrayList<>();
    entries.forEach(e -> all.add(e.run()));
    references.forEach(r -> all.addAll(r.runs()));
    Map<String, RunSpec> byId = new LinkedHashMap<>();
    for (RunSpec run : all) {
      RunSpec prev = byId.putIfAbsent(run.id(), run);
      if (prev != null && !prev.equals(run)) {
        throw new IllegalArgumentException(
            "run id '" + run.id() + "' names two configurations: " + prev + " and " + run);
      }
    }
    return List.copyOf(byId.values());
  }
}
