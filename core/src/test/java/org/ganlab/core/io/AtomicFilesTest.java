package org.ganlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path tmp;

  private String[] names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void replacesTheTargetAndCreatesItsFolder() throws IOException {
    Path f = tmp.resolve("a/b/status.txt");
    AtomicFiles.writeString(f, "running\n");
    AtomicFiles.writeString(f, "finished\n");
    assertThat(Files.readString(f)).isEqualTo("finished\n");
    assertThat(names(f.getParent())).containsExactly("status.txt");
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporary() throws IOException {
    Path f = tmp.resolve("table.csv");
    AtomicFiles.write(f, new byte[] {1, 2, 3});
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    f,
                    out -> {
                      out.write(9);
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");
    assertThat(Files.readAllBytes(f)).containsExactly(1, 2, 3);
    assertThat(names(tmp)).containsExactly("table.csv");
  }
}
