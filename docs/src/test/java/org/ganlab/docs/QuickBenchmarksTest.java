package org.ganlab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ganlab.experiments.bench.BenchSuites;
import org.ganlab.experiments.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * The build regenerates every benchmark suite's quick variant through the CLI, exactly as the user
 * guide tells a reader to, and gathers the tables into target/benchmarks-quick.md. The quick
 * numbers prove that each suite's experiments, evaluators and reference rows run end to end; the
 * published tables in docs/benchmarks.md come from the full suites.
 */
class QuickBenchmarksTest {
  private static final Path OUT = Path.of("target", "bench-quick");

  @Test
  void everySuiteRunsAndWritesACompleteTable() throws Exception {
    if (Files.exists(OUT)) {
      // Regenerated from scratch each build: a table must come from this build's code.
      MoreFiles.deleteRecursively(OUT, RecursiveDeleteOption.ALLOW_INSECURE);
    }
    List<Path> dirs = new ArrayList<>();
    for (String suite : BenchSuites.NAMES) {
      Path dir = OUT.resolve(suite);
      assertThat(Main.execute("bench", suite, "--quick", "--out", dir.toString()))
          .as("ganlab bench %s --quick exits 0 only when every run finished", suite)
          .isZero();
      List<String> csv = Files.readAllLines(dir.resolve("table.csv"));
      String[] header = csv.get(0).split(",");
      for (String line : csv.subList(1, csv.size())) {
        String[] cells = splitCsv(line);
        int values = 0;
        for (int i = 0; i < header.length; i++) {
          if (header[i].endsWith("_mean") && !cells[i].isEmpty()) {
            assertThat(Double.parseDouble(cells[i])).as("%s: %s", line, header[i]).isFinite();
            values++;
          }
        }
        assertThat(values).as("row with values: %s", line).isPositive();
      }
      boolean targets =
          !new BenchSuites(true, Optional.empty(), OUT.resolve("cache"))
              .named(suite)
              .targets()
              .isEmpty();
      assertThat(Files.readString(dir.resolve("table.md")))
          .contains("(quick variant)", targets ? "### Quality targets" : "### Notes");
      dirs.add(dir);
    }
    List<String> collect =
        new ArrayList<>(
            List.of(
                "bench",
                "collect",
                "--output",
                OUT.resolveSibling("benchmarks-quick.md").toString()));
    dirs.forEach(d -> collect.add(d.toString()));
    assertThat(Main.execute(collect.toArray(String[]::new))).isZero();
    assertThat(Files.readString(OUT.resolveSibling("benchmarks-quick.md")))
        .contains(
            "Mode collapse",
            "Fashion-MNIST: losses",
            "Class-conditional",
            "Unpaired translation",
            "Text-to-image: captions to Fashion-MNIST garments",
            "Biased outputs",
            "One-class anomaly detection",
            "Few-label data augmentation",
            "Super-resolution");
  }

  /** Splits one table.csv line, honouring quoted cells. */
  private static String[] splitCsv(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells.toArray(String[]::new);
  }
}
