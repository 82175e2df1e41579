package org.ganlab.experiments.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.run.AtomicFiles;

/**
 * Gathers benchmark tables into one Markdown page (docs/benchmarks.md): each benchmark's
 * table.md as written, its grids and table.csv copied to {@code <page dir>/benchmarks/<name>/}
 * with the image links rewritten, and run-directory links turned into paths (run directories
 * hold checkpoints and stay out of the repository).
 */
public final class BenchCollection {
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
          throw new ConfigException(bench + " holds no table.md: run 'ganlab bench <suite>"
              + " --out " + bench + "' first");
        }
        String name = bench.toAbsolutePath().normalize().getFileName().toString();
        Path assets = pageDir.resolve("benchmarks").resolve(name);
        Files.createDirectories(assets.resolve("grids"));
        if (Files.isDirectory(layout.grids())) {
          try (DirectoryStream<Path> grids = Files.newDirectoryStream(layout.grids(), "*.png")) {
            for (Path g : grids) {
              AtomicFiles.write(assets.resolve("grids").resolve(g.getFileName()),
                  Files.readAllBytes(g));
            }
          }
        }
        AtomicFiles.write(assets.resolve("table.csv"), Files.readAllBytes(layout.tableCsv()));
        String prefix = pageDir.relativize(assets).toString().replace('\\', '/') + "/";
        md.append(rewrite(Files.readString(layout.tableMarkdown()), prefix, bench.toString()))
            .append("\n[table.csv](").append(prefix).append("table.csv)\n\n");
      }
      AtomicFiles.writeString(page, md.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + page, e);
    }
  }

  /** Images point into the copied assets; run links become the run directories' paths. */
  static String rewrite(String table, String assetPrefix, String benchDir) {
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
    return out.toString().replace("| runs |", "| seeds (run dirs under " + benchDir
        + "/runs) |");
  }
}
