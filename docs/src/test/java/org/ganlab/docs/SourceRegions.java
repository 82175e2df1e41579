package org.ganlab.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named regions of a Java source file: the lines between {@code // [START name]} and {@code //
 * [END name]}, without any marker lines (regions may nest), and with the indentation common to
 * their non-blank lines removed, so a region inside a method reads as it does at the left margin of
 * the guide. Each line ends with a newline.
 */
final class SourceRegions {
  private static final Pattern MARKER =
      Pattern.compile("^\\s*// \\[(START|END) ([A-Za-z0-9_-]+)]\\s*$");

  private SourceRegions() {}

  /** Region name to text, in order of their START markers; fails on unbalanced markers. */
  static Map<String, String> read(Path source) throws IOException {
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    Map<String, Integer> open = new LinkedHashMap<>();
    Map<String, List<String>> regions = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARKER.matcher(lines.get(i));
      if (m.matches()) {
        String name = m.group(2);
        if (m.group(1).equals("START")) {
          if (regions.containsKey(name)) {
            throw new IllegalStateException(
                source + ":" + (i + 1) + ": region '" + name + "' started twice");
          }
          open.put(name, i);
          regions.put(name, new ArrayList<>());
        } else if (open.remove(name) == null) {
          throw new IllegalStateException(
              source + ":" + (i + 1) + ": END of region '" + name + "' that is not open");
        }
        continue;
      }
      for (String name : open.keySet()) {
        regions.get(name).add(lines.get(i));
      }
    }
    if (!open.isEmpty()) {
      throw new IllegalStateException(source + ": regions never ended: " + open.keySet());
    }
    Map<String, String> out = new LinkedHashMap<>();
    regions.forEach((name, body) -> out.put(name, dedent(body)));
    return out;
  }

  private static String dedent(List<String> body) {
    int indent = Integer.MAX_VALUE;
    for (String line : body) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String line : body) {
      sb.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return sb.toString();
  }
}
