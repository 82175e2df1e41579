package org.ganlab.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced Java blocks of a markdown page, each with the source file and region it claims to
 * show. The claim is the last non-blank line before the opening fence, written as
 *
 * <pre>
 * From [`ComputeFid.java`](../src/main/java/org/ganlab/docs/examples/ComputeFid.java) (region `fid`):
 * </pre>
 *
 * with the link relative to the page. A Java block without such a line has a null source.
 */
final class GuideBlocks {
  /** The line naming a block's source file and region. */
  static final Pattern SOURCE_LINE =
      Pattern.compile("^From \\[`[^`]+`]\\(([^)]+\\.java)\\) \\(region `([A-Za-z0-9_-]+)`\\):$");

  private GuideBlocks() {}

  /**
   * One Java block.
   *
   * @param page the markdown file
   * @param line the 1-based line of the opening fence
   * @param source the claimed source file (resolved against the page's directory), or null
   * @param region the claimed region, or null
   * @param text the block's lines, each ending with a newline
   */
  record Block(Path page, int line, Path source, String region, String text) {
    String where() {
      return page + ":" + line;
    }
  }

  /** The Java blocks of {@code page}. */
  static List<Block> read(Path page) throws IOException {
    List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
    List<Block> out = new ArrayList<>();
    String lastText = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("```")) {
        String info = line.substring(3).trim();
        int end = i + 1;
        StringBuilder body = new StringBuilder();
        while (end < lines.size() && !lines.get(end).startsWith("```")) {
          body.append(lines.get(end)).append('\n');
          end++;
        }
        if (end == lines.size()) {
          throw new IllegalStateException(page + ":" + (i + 1) + ": code block never closed");
        }
        if (info.equals("java")) {
          Matcher m = SOURCE_LINE.matcher(lastText);
          Path source = m.matches() ? page.getParent().resolve(m.group(1)).normalize() : null;
          out.add(new Block(page, i + 1, source, m.matches() ? m.group(2) : null, body.toString()));
        }
        i = end;
        lastText = "";
        continue;
      }
      if (!line.isBlank()) {
        lastText = line;
      }
    }
    return out;
  }
}
