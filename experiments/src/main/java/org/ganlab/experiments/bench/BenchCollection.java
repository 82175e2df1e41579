package org.ganlab.experiments.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.experiments.ConfigException;

/**
 * Gathers benchmark tables into one Markdown page (docs/benchmarks.md): each benchmark's table.md
 * as written, its grids and table.csv copied to {@code <page dir>/benchmarks/<name>/} with the
 * image links rewritten, and run-directory links turned into paths (run directories hold
 * checkpoints and stay out of the repository).
 *
 * <p>The copy also keeps the original table.md and, in {@value #RUNS_NOTE}, where the run
 * directories were: a copy is itself a benchmark directory that can be collected again, so the page
 * can be rebuilt when one suite is rerun on a machine that no longer has the others' runs.
 */
public final class BenchCollection {
  /** The file of a copied benchmark that names where its run directories were. */
  static final String RUNS_NOTE = "runs-location.txt";

  private static final Pattern LINK = Pattern.compile("(!?)\\[([^\\]]*)\\]\\(([^)]+)\\)");

  private BenchCollection() {}

  /**
   * Writes {@code page} from the benchmark directories {@code benches} (in order).
   *
   * @param intro Markdown placed before the tables
   * @throws ConfigException naming a directory without table.md
   */
  public static void write(Path page, String intro, List<Path> benches) {
    StringBuilder md = new StringBuilder(intro.strip()).append("\n\n");
    Path pageDir = page.toAbsolutePath().getParent();
    try {
      for (Path bench : benches) {
        BenchLayout layout = new BenchLayout(bench);
        if (!Files.isRegularFile(layout.tableMarkdown())) {
          throw new ConfigException(
              bench
                  + " holds no table.md: run 'ganlab bench <suite>"
                  + " --out "
                  + bench
                  + "' first");
        }
        String name = bench.toAbsolutePath().normalize().getFileName().toString();
        Path assets = pageDir.resolve("benchmarks").resolve(name);
        Files.createDirectories(assets.resolve("grids"));
        if (Files.isDirectory(layout.grids())) {
          try (DirectoryStream<Path> grids = Files.newDirectoryStream(layout.grids(), "*.png")) {
            for (Path g : grids) {
              AtomicFiles.write(
                  assets.resolve("grids").resolve(g.getFileName()), Files.readAllBytes(g));
            }
          }
        }
        String runs = runsLocation(bench);
        String table = Files.readString(layout.tableMarkdown());
        AtomicFiles.write(assets.resolve("table.csv"), Files.readAllBytes(layout.tableCsv()));
        AtomicFiles.writeString(assets.resolve("table.md"), table);
        AtomicFiles.writeString(assets.resolve(RUNS_NOTE), runs + "\n");
        String prefix = pageDir.relativize(assets).toString().replace('\\', '/') + "/";
        md.append(rewrite(table, prefix, runs))
            .append("\n[table.csv](")
            .append(prefix)
            .append("table.csv)\n\n");
      }
      AtomicFiles.writeString(page, md.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + page + ": " + e.getMessage(), e);
    }
  }

  /** {@code <bench>/runs}, or for a copy made by this class the place its note names. */
  private static String runsLocation(Path bench) throws IOException {
    Path note = bench.resolve(RUNS_NOTE);
    if (!Files.isDirectory(bench.resolve("runs")) && Files.isRegularFile(note)) {
      return Files.readString(note).strip();
    }
    return bench.toString().replace('\\', '/') + "/runs";
  }

  /** Images point into the copied assets; run links become the run directories' paths. */
  static String rewrite(String table, String assetPrefix, String runsDir) {
    Matcher m = LINK.matcher(table);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String target = m.group(3);
      String replacement;
      if (target.startsWith("grids/")) {
        replacement = m.group(1) + "[" + m.group(2) + "](" + assetPrefix + target + ")";
      } else if (target.startsWith("runs/")) {
        replacement = "`" + m.group(2) + "`";
      } else {
        replacement = m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString().replace("| runs |", "| seeds (run dirs under " + runsDir + ") |");
  }
}
