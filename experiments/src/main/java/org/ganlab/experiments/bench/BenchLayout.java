package org.ganlab.experiments.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a benchmark keeps its files: {@code runs/<id>/s<seed>/} run directories, {@code table.md},
 * {@code table.csv} and {@code grids/} (one sample grid per row).
 *
 * @param root the benchmark directory ({@code --out})
 */
public record BenchLayout(Path root) {
  /** The run directory of one configuration and seed. */
  public Path runDir(RunSpec spec, long seed) {
    return root.resolve("runs").resolve(spec.id()).resolve("s" + seed);
  }

  /**
   * The directory of a reference row's files for one seed: {@code references/<label as a file
   * name>/s<seed>}.
   *
   * @param label the row's label
   * @param seed the seed
   * @return the directory (not created)
   */
  public Path referenceDir(String label, long seed) {
    String name = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return root.resolve("references").resolve(name.replaceAll("^-|-$", "")).resolve("s" + seed);
  }

  /** The Markdown table. */
  public Path tableMarkdown() {
    return root.resolve("table.md");
  }

  /** The CSV table. */
  public Path tableCsv() {
    return root.resolve("table.csv");
  }

  /** The directory of the rows' sample grids. */
  public Path grids() {
    return root.resolve("grids");
  }
}
