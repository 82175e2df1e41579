package org.ganlab.experiments.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.experiments.run.RunDirectory;
import org.ganlab.metrics.stats.Bound;
import org.ganlab.metrics.stats.Stats;

/**
 * Writes a benchmark's table.md (command, provenance, table, targets, notes, sample grids) and
 * table.csv (one line per row, mean and std per metric, run directories). Both are replaced
 * atomically, so an interrupted benchmark never leaves a half table.
 */
final class BenchReport {
  private static final int DIGITS = 3;

  private final BenchSuite suite;
  private final BenchTable table;
  private final BenchLayout layout;
  private final String command;

  BenchReport(BenchSuite suite, BenchTable table, BenchLayout layout, String command) {
    this.suite = suite;
    this.table = table;
    this.layout = layout;
    this.command = command;
  }

  void write() {
    try {
      Files.createDirectories(layout.root());
      List<String> grids = copyGrids();
      AtomicFiles.writeString(layout.tableMarkdown(), markdown(grids));
      AtomicFiles.writeString(layout.tableCsv(), csv());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the table in " + layout.root() + ": " + e.getMessage(), e);
    }
  }

  private String markdown(List<String> grids) {
    StringBuilder md = new StringBuilder();
    md.append("## ")
        .append(suite.title())
        .append(suite.quick() ? " (quick variant)" : "")
        .append("\n\n");
    md.append(RunProvenance.commandAndDate(command));
    md.append("Seeds: ").append(table.seeds()).append("  \n");
    md.append(provenance()).append("\n\n");
    if (suite.quick()) {
      md.append(
          "*Quick variant: a few hundred steps per run, to show that the suite runs. Its"
              + " numbers say nothing about quality.*\n\n");
    }
    md.append("| Configuration |");
    suite.metrics().forEach(m -> md.append(' ').append(m).append(" |"));
    md.append(" train min | step | runs |\n|---|");
    suite.metrics().forEach(m -> md.append("---:|"));
    md.append("---:|---:|---|\n");
    for (BenchTable.Row r : table.rows()) {
      md.append("| ").append(r.reference() ? "*" + r.label() + "*" : r.label()).append(" |");
      for (String m : suite.metrics()) {
        Stats s = r.metrics().get(m);
        md.append(' ').append(s == null ? "" : s.format(DIGITS)).append(" |");
      }
      md.append(' ')
          .append(r.reference() ? "" : r.trainMinutes().format(2))
          .append(" | ")
          .append(r.reference() ? "" : Long.toString(r.step()))
          .append(" | ");
      List<String> links = new ArrayList<>();
      for (int i = 0; i < r.runs().size(); i++) {
        links.add("[s" + table.seeds().get(i) + "](" + relative(r.runs().get(i)) + ")");
      }
      md.append(String.join(" ", links)).append(" |\n");
    }
    md.append(
        "\nEach value is the mean ± sample std over seeds of the eval.csv row at the"
            + " step shown (the final one unless the row says otherwise); train min is the"
            + " wall-clock time of the training steps up to that step, without evaluation.\n\n");
    md.append("### Rows\n\n");
    for (BenchTable.Row r : table.rows()) {
      md.append("- ").append(r.label()).append(": ");
      if (r.reference()) {
        md.append(
            suite.references().stream()
                .filter(x -> x.label().equals(r.label()))
                .findFirst()
                .map(ReferenceRow::description)
                .or(
                    () ->
                        suite.summaries().stream()
                            .filter(x -> x.label().equals(r.label()))
                            .findFirst()
                            .map(SummaryRow::description))
                .orElse(""));
      } else {
        md.append("`ganlab run ").append(r.command()).append(" --seed S`");
      }
      if (!r.problems().isEmpty()) {
        md.append(" — **missing:** ").append(String.join("; ", r.problems()));
      }
      md.append('\n');
    }
    if (!table.targets().isEmpty()) {
      md.append("\n### Quality targets\n\n");
      for (BenchTable.TargetResult t : table.targets()) {
        md.append("- ")
            .append(t.met() ? "**met**" : "**not met**")
            .append(": ")
            .append(t.target().description())
            .append(" (")
            .append(String.join(", ", t.target().bounds().stream().map(Bound::toString).toList()))
            .append(" on the mean; ")
            .append(t.met() ? "met by " : "closest: ")
            .append(t.closest() == null ? "no row has values" : t.closest())
            .append(")\n");
      }
    }
    if (!suite.notes().isEmpty()) {
      md.append("\n### Notes\n\n");
      suite.notes().forEach(n -> md.append(n).append("\n\n"));
    }
    if (!grids.isEmpty()) {
      md.append("\n### Samples (first seed, at the row's step)\n\n");
      for (String g : grids) {
        md.append(g).append('\n');
      }
    }
    return md.toString();
  }

  /** The git commits, versions and machine the runs record in their provenance.json. */
  private String provenance() {
    List<Path> runs = new ArrayList<>();
    table.rows().forEach(r -> runs.addAll(r.runs()));
    return RunProvenance.summary(runs);
  }

  /** Copies each trained row's first-seed sample grid to grids/; Markdown image lines. */
  private List<String> copyGrids() throws IOException {
    List<String> lines = new ArrayList<>();
    for (BenchTable.Row r : table.rows()) {
      if (r.reference() || r.runs().isEmpty()) {
        continue;
      }
      Path src = new RunDirectory(r.runs().get(0)).sample(r.step());
      if (!Files.isRegularFile(src)) {
        continue;
      }
      String name = r.runs().get(0).getParent().getFileName() + "-step" + r.step() + ".png";
      Files.createDirectories(layout.grids());
      AtomicFiles.write(layout.grids().resolve(name), Files.readAllBytes(src));
      StringBuilder line =
          new StringBuilder("**" + r.label() + "**  \n![" + r.label() + "](grids/" + name + ")");
      // A one-class run's ROC curve of its last evaluation, beside its samples.
      Path roc = r.runs().get(0).resolve("roc.png");
      if (Files.isRegularFile(roc)) {
        String rocName = r.runs().get(0).getParent().getFileName() + "-roc.png";
        AtomicFiles.write(layout.grids().resolve(rocName), Files.readAllBytes(roc));
        line.append(" ![ROC of ").append(r.label()).append("](grids/").append(rocName).append(')');
      }
      lines.add(line.append('\n').toString());
    }
    return lines;
  }

  private String csv() {
    StringBuilder csv = new StringBuilder("row,kind,step,seeds");
    for (String m : suite.metrics()) {
      csv.append(',').append(m).append("_mean,").append(m).append("_std");
    }
    csv.append(",train_minutes_mean,command,runs\n");
    for (BenchTable.Row r : table.rows()) {
      int n = r.metrics().values().stream().mapToInt(Stats::n).max().orElse(0);
      csv.append(quote(r.label()))
          .append(',')
          .append(r.reference() ? "reference" : "trained")
          .append(',')
          .append(r.reference() ? "" : Long.toString(r.step()))
          .append(',')
          .append(n);
      for (String m : suite.metrics()) {
        Stats s = r.metrics().get(m);
        csv.append(',')
            .append(s == null ? "" : Double.toString(s.mean()))
            .append(',')
            .append(s == null ? "" : Double.toString(s.std()));
      }
      csv.append(',')
          .append(r.reference() ? "" : Double.toString(r.trainMinutes().mean()))
          .append(',')
          .append(quote(r.command()))
          .append(',')
          .append(quote(String.join(";", r.runs().stream().map(this::relative).toList())))
          .append('\n');
    }
    return csv.toString();
  }

  private String relative(Path run) {
    return layout
        .root()
        .toAbsolutePath()
        .normalize()
        .relativize(run.toAbsolutePath().normalize())
        .toString();
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
