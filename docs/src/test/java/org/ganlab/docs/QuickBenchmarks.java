package org.ganlab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ganlab.experiments.bench.BenchSuite;
import org.ganlab.experiments.bench.BenchSuites;
import org.ganlab.experiments.cli.Main;

/**
 * Regenerates benchmark suites' quick variants through the CLI, exactly as the user guide tells a
 * reader to, checks every table, and gathers them with {@code ganlab bench collect}. The quick
 * numbers prove that each suite's experiments, evaluators and reference rows run end to end; the
 * published tables in docs/benchmarks.md come from the full suites. The suites are split over two
 * test classes so that the build's two test processes share them.
 */
final class QuickBenchmarks {
  /** Where the quick suites write, one directory each. */
  static final Path OUT = Path.of("target", "bench-quick");

  /** The suites of {@link QuickImageBenchmarksTest}; every other suite is in the second class. */
  static final List<String> IMAGE_SUITES =
      List.of("modes", "fashion", "conditional", "bias", "paired");

  /**
   * The suite of {@link QuickPrecisionBenchmarkTest}: it needs a CPU with bfloat16 instructions.
   */
  static final String BF16_SUITE = "precision";

  private QuickBenchmarks() {}

  /**
   * The suites of {@link BenchSuites#NAMES} neither in {@link #IMAGE_SUITES} nor {@link
   * #BF16_SUITE}, in their order.
   */
  static List<String> otherSuites() {
    return BenchSuites.NAMES.stream()
        .filter(s -> !IMAGE_SUITES.contains(s) && !s.equals(BF16_SUITE))
        .toList();
  }

  /**
   * Runs each suite's quick variant, checks its table and collects the tables into
   * target/benchmarks-quick-{@code part}.md.
   */
  static void runAndCollect(List<String> suites, String part) throws Exception {
    BenchSuites all = new BenchSuites(true, Optional.empty(), OUT.resolve("cache-" + part));
    List<Path> dirs = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (String name : suites) {
      Path dir = OUT.resolve(name);
      if (Files.exists(dir)) {
        // Regenerated from scratch each build: a table must come from this build's code.
        MoreFiles.deleteRecursively(dir, RecursiveDeleteOption.ALLOW_INSECURE);
      }
      assertThat(Main.execute("bench", name, "--quick", "--out", dir.toString()))
          .as("ganlab bench %s --quick exits 0 only when every run finished", name)
          .isZero();
      assertCompleteTable(dir);
      BenchSuite suite = all.named(name);
      assertThat(Files.readString(dir.resolve("table.md")))
          .contains(
              "(quick variant)", suite.targets().isEmpty() ? "### Notes" : "### Quality targets");
      dirs.add(dir);
      titles.add(suite.title());
    }
    Path collected = OUT.resolveSibling("benchmarks-quick-" + part + ".md");
    List<String> collect =
        new ArrayList<>(List.of("bench", "collect", "--output", collected.toString()));
    dirs.forEach(d -> collect.add(d.toString()));
    assertThat(Main.execute(collect.toArray(String[]::new))).isZero();
    assertThat(Files.readString(collected)).contains(titles);
  }

  /** Every row of table.csv has at least one finite mean. */
  private static void assertCompleteTable(Path dir) throws Exception {
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
