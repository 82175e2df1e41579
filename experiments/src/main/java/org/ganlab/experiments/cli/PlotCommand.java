package org.ganlab.experiments.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.image.StepCurves;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.run.RunCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ganlab plot RUN_DIR... --column C [--file F] [--log-y] -o PNG}: one column of the runs' F
 * (diagnostics.csv by default) against the step, a coloured line per run, and a printed caption
 * that says which colour is which run and what the axes span (the picture has no text).
 */
@Command(
    name = "plot",
    mixinStandardHelpOptions = true,
    description =
        "Plot one column of runs' diagnostics.csv, metrics.csv or eval.csv against the step, a"
            + " line per run, into a PNG; prints which colour is which run and the axes' ranges.")
final class PlotCommand implements Callable<Integer> {
  @Parameters(paramLabel = "RUN_DIR", arity = "1..*", description = "run directories, in order")
  List<Path> runDirs;

  @Option(names = "--column", required = true, description = "the CSV column to plot")
  String column;

  @Option(
      names = "--file",
      description = "the CSV in each run directory (default ${DEFAULT-VALUE})")
  String file = "diagnostics.csv";

  @Option(names = "--log-y", description = "a logarithmic value axis")
  boolean logY;

  @Option(
      names = {"-o", "--output"},
      required = true,
      description = "the PNG to write")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (runDirs.size() > StepCurves.maxSeries()) {
      throw new ConfigException(
          "a plot tells at most " + StepCurves.maxSeries() + " runs apart, got " + runDirs.size());
    }
    List<StepCurves.Series> series = new ArrayList<>();
    for (Path dir : runDirs) {
      series.add(RunCsv.column(dir.resolve(file), column));
    }
    StepCurves curves = new StepCurves(series, logY);
    try (ImageGrid png = new ImageGrid()) {
      AtomicFiles.write(output, png.encode(curves.render()));
    }
    System.out.println("wrote " + output + ": " + column + " of " + file);
    for (int i = 0; i < runDirs.size(); i++) {
      System.out.println("  " + StepCurves.colourName(i) + ": " + runDirs.get(i));
    }
    System.out.println("  " + curves.describeAxes());
    return 0;
  }
}
