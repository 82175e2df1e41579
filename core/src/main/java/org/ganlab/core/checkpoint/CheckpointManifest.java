package org.ganlab.core.checkpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.ganlab.core.io.AtomicFiles;

/**
 * A checkpoint's {@link Checkpointer#MANIFEST}: one line per file, its SHA-256 in hex, two spaces
 * and its name ({@code sha256sum}'s format), written last, so a checkpoint whose files all match it
 * is complete.
 */
final class CheckpointManifest {
  private CheckpointManifest() {}

  /** Why {@code dir} is not a complete, intact checkpoint; empty if it is. */
  static Optional<String> verify(Path dir) {
    Path manifest = dir.resolve(Checkpointer.MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return Optional.of("no " + Checkpointer.MANIFEST);
    }
    try {
      Map<String, String> expected = read(manifest);
      if (expected.isEmpty()) {
        return Optional.of(Checkpointer.MANIFEST + " lists no files");
      }
      for (Map.Entry<String, String> e : expected.entrySet()) {
        Path f = dir.resolve(e.getKey());
        if (!Files.isRegularFile(f)) {
          return Optional.of("missing file " + e.getKey());
        }
        String actual = Checkpointer.sha256(f);
        if (!actual.equals(e.getValue())) {
          return Optional.of(
              "checksum mismatch for "
                  + e.getKey()
                  + ": manifest "
                  + e.getValue()
                  + ", file "
                  + actual);
        }
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.of("unreadable: " + e.getMessage());
    }
  }

  /** Writes the manifest of every file now in {@code dir}. */
  static void write(Path dir) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.sorted().toList()) {
        sb.append(Checkpointer.sha256(f)).append("  ").append(f.getFileName()).append('\n');
      }
    }
    AtomicFiles.writeString(dir.resolve(Checkpointer.MANIFEST), sb.toString());
  }

  private static Map<String, String> read(Path manifest) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      int sep = line.indexOf("  ");
      if (sep != 64) {
        throw new IllegalArgumentException("malformed manifest line '" + line + "'");
      }
      m.put(line.substring(sep + 2), line.substring(0, sep));
    }
    return m;
  }
}
