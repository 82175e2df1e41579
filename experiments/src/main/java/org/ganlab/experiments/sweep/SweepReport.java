package org.ganlab.experiments.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.image.PlotAxis;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.experiments.bench.BenchLayout;
import org.ganlab.experiments.bench.RunProvenance;

/**
 * Writes a sweep's table.md (command, provenance, ranked table, plots, missing runs), table.csv
 * (one line per trial) and one {@code <metric>_vs_<key>.png} per swept key, each replaced
 * atomically, so an interrupted sweep never leaves a half table.
 */
final class SweepReport {
  private static final int DIGITS = 4;

  private final SweepTable table;
  private final BenchLayout layout;
  private final String command;

  SweepReport(SweepTable table, BenchLayout layout, String command) {
    this.table = table;
    this.layout = layout;
    this.command = command;
  }

  void write() {
    try {
      Files.createDirectories(layout.root());
      List<String> plots = writePlots();
      AtomicFiles.writeString(layout.tableCsv(), csv());
      AtomicFiles.writeString(layout.tableMarkdown(), markdown(plots));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the sweep table in " + layout.root() + ": " + e.getMessage(), e);
    }
  }

  /** {@return the plot's file name for a key: {@code <metric>_vs_<key>.png}} */
  static String plotName(SweepFile sweep, SweptKey key) {
    return sweep.metric().column() + "_vs_" + key.key() + ".png";
  }

  private String markdown(List<String> plots) {
    SweepFile s = table.sweep();
    String metric = s.metric().column();
    StringBuilder md = new StringBuilder();
    md.append("## Sweep ").append(s.name()).append(": ").append(s.experiment()).append("\n\n");
    md.append(RunProvenance.commandAndDate(command));
    md.append("Seeds: ").append(s.seeds()).append("  \n");
    md.append("Ranked by: ")
        .append(metric)
        .append(" (")
        .append(s.metric().goal())
        .append(") at step ")
        .append(s.steps())
        .append("  \n");
    s.random()
        .ifPresent(
            r ->
                md.append("Random search: ")
                    .append(r.budget())
                    .append(" draws, seed ")
                    .append(r.seed())
                    .append("  \n"));
    List<Path> runs = new ArrayList<>();
    table.rows().forEach(r -> runs.addAll(r.runs()));
    md.append(RunProvenance.summary(runs)).append("\n\n");
    md.append("| rank | trial |");
    s.keys().forEach(k -> md.append(' ').append(k.key()).append(" |"));
    md.append(' ').append(metric).append(" | n | `ganlab run ").append(s.experiment());
    md.append("` options |\n|---:|---|");
    s.keys().forEach(k -> md.append("---:|"));
    md.append("---:|---:|---|\n");
    for (SweepTable.Row r : table.rows()) {
      md.append("| ").append(r.rank()).append(" | ").append(r.trial().id()).append(" |");
      s.keys().forEach(k -> md.append(' ').append(r.trial().values().get(k.key())).append(" |"));
      md.append(' ')
          .append(r.metric().format(DIGITS))
          .append(" | ")
          .append(r.metric().n())
          .append(" | `")
          .append(r.trial().setLine())
          .append("` |\n");
    }
    md.append(
        "\nEach value is the mean ± sample std over seeds of the final eval.csv row of the"
            + " trial's runs, `runs/<trial>/s<seed>/`; n counts the seeds that have one.\n");
    if (!plots.isEmpty()) {
      md.append("\n### ").append(metric).append(" against each swept key\n\n");
      plots.forEach(p -> md.append(p).append('\n'));
    }
    List<String> missing = new ArrayList<>();
    for (SweepTable.Row r : table.rows()) {
      r.problems().forEach(p -> missing.add("- " + r.trial().id() + " " + p));
    }
    if (!missing.isEmpty()) {
      md.append("\n### Missing runs\n\n").append(String.join("\n", missing)).append('\n');
    }
    return md.toString();
  }

  private String csv() {
    SweepFile s = table.sweep();
    String metric = s.metric().column();
    StringBuilder csv = new StringBuilder("rank,trial");
    s.keys().forEach(k -> csv.append(',').append(k.key()));
    csv.append(',')
        .append(metric)
        .append("_mean,")
        .append(metric)
        .append("_std,n,options,missing\n");
    for (SweepTable.Row r : table.rows()) {
      csv.append(r.rank()).append(',').append(r.trial().id());
      s.keys().forEach(k -> csv.append(',').append(quote(r.trial().values().get(k.key()))));
      boolean any = r.metric().n() > 0;
      csv.append(',')
          .append(any ? Double.toString(r.metric().mean()) : "")
          .append(',')
          .append(any ? Double.toString(r.metric().std()) : "")
          .append(',')
          .append(r.metric().n())
          .append(',')
          .append(quote(r.trial().setLine()))
          .append(',')
          .append(quote(String.join("; ", r.problems())))
          .append('\n');
    }
    return csv.toString();
  }

  /** Writes one plot per swept key; returns the Markdown lines that show them. */
  private List<String> writePlots() throws IOException {
    SweepFile s = table.sweep();
    List<String> lines = new ArrayList<>();
    try (ImageGrid png = new ImageGrid()) {
      for (SweptKey k : s.keys()) {
        List<Double> runX = new ArrayList<>();
        List<Double> runY = new ArrayList<>();
        List<Double> meanX = new ArrayList<>();
        List<Double> meanY = new ArrayList<>();
        for (SweepTable.Row r : table.rows()) {
          double x = position(k, r.trial().values().get(k.key()));
          r.bySeed()
              .values()
              .forEach(
                  v -> {
                    runX.add(x);
                    runY.add(v);
                  });
          if (r.metric().n() > 0) {
            meanX.add(x);
            meanY.add(r.metric().mean());
          }
        }
        if (runX.isEmpty()) {
          continue;
        }
        PlotAxis xAxis = PlotAxis.covering(array(runX), k.logScale());
        PlotAxis yAxis = PlotAxis.covering(array(runY), false);
        String name = plotName(s, k);
        AtomicFiles.write(
            layout.root().resolve(name),
            png.encode(
                SweepPlot.render(
                    xAxis, yAxis, array(runX), array(runY), array(meanX), array(meanY))));
        lines.add(
            "!["
                + s.metric().column()
                + " against "
                + k.key()
                + "]("
                + name
                + ")  \n"
                + "x: "
                + k.key()
                + " "
                + (categorical(k)
                    ? "(the grid's values in file order, 1 to "
                        + ((SweptKey.Grid) k).values().size()
                        + ") "
                    : "")
                + xAxis.describe()
                + "; y: "
                + s.metric().column()
                + " "
                + yAxis.describe()
                + ". Blue dots: runs; red squares: each trial's mean over seeds.\n");
      }
    }
    return lines;
  }

  /** A key value's x coordinate: the number, or its 1-based place in a grid of words. */
  private static double position(SweptKey k, String value) {
    if (categorical(k)) {
      return ((SweptKey.Grid) k).values().indexOf(value) + 1;
    }
    return Double.parseDouble(value);
  }

  private static boolean categorical(SweptKey k) {
    if (!(k instanceof SweptKey.Grid g)) {
      return false;
    }
    for (String v : g.values()) {
      try {
        Double.parseDouble(v);
      } catch (NumberFormatException e) {
        return true;
      }
    }
    return false;
  }

  private static double[] array(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
