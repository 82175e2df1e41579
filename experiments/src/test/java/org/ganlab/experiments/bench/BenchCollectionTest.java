package org.ganlab.experiments.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCollectionTest {
  private static final String TABLE =
      "## Modes\n\n| Configuration | x | runs |\n|---|---:|---|\n"
          + "| a | 1 | [s0](runs/a/s0) |\n\n![a](grids/a-step5.png)\n";

  @Test
  void imagesPointAtCopiedGridsAndRunLinksBecomePaths() {
    String md =
        "| a | [s0](runs/x/s0) [s1](runs/x/s1) |\n![A](grids/x-step5.png)\n"
            + "[web](https://example.org)\n| Configuration | runs |";
    assertThat(BenchCollection.rewrite(md, "benchmarks/modes/", "bench/modes/runs"))
        .isEqualTo(
            "| a | `s0` `s1` |\n![A](benchmarks/modes/grids/x-step5.png)\n"
                + "[web](https://example.org)\n| Configuration | seeds (run dirs under"
                + " bench/modes/runs) |");
  }

  @Test
  void theCopyBesideThePageCanBeCollectedAgainWithoutTheRuns(@TempDir Path dir) throws IOException {
    Path bench = dir.resolve("out").resolve("modes");
    Files.createDirectories(bench.resolve("grids"));
    Files.createDirectories(bench.resolve("runs").resolve("a").resolve("s0"));
    Files.writeString(bench.resolve("table.md"), TABLE);
    Files.writeString(bench.resolve("table.csv"), "configuration,x\na,1\n");
    Files.write(bench.resolve("grids").resolve("a-step5.png"), new byte[] {1, 2, 3});
    Path page = dir.resolve("docs").resolve("benchmarks.md");

    BenchCollection.write(page, "# Benchmarks", List.of(bench));
    String first = Files.readString(page);
    assertThat(first)
        .contains("![a](benchmarks/modes/grids/a-step5.png)")
        .contains("seeds (run dirs under " + bench.toString().replace('\\', '/') + "/runs)");

    // A new machine: the bench directory is gone, only the committed copy remains.
    Path copy = dir.resolve("docs").resolve("benchmarks").resolve("modes");
    deleteTree(dir.resolve("out"));
    BenchCollection.write(page, "# Benchmarks", List.of(copy));
    assertThat(Files.readString(page)).isEqualTo(first);
    assertThat(copy.resolve("grids").resolve("a-step5.png")).hasBinaryContent(new byte[] {1, 2, 3});
    assertThat(copy.resolve("table.md")).hasContent(TABLE);
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
