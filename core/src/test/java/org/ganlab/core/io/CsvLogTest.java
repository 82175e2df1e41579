package org.ganlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLogTest {
  private static final List<String> HEADER = List.of("step", "loss");

  @TempDir Path tmp;

  @Test
  void reopeningCutsBackToTheStepAndDropsATornLine() throws IOException {
    Path f = tmp.resolve("metrics.csv");
    try (CsvLog log = new CsvLog(f, HEADER, Long.MAX_VALUE)) {
      for (long s = 1; s <= 4; s++) {
        log.row(List.of(s, 0.5f * s));
      }
    }
    Files.writeString(f, "5", StandardOpenOption.APPEND); // a crash mid-row
    assertThat(CsvLog.lastStep(f)).isEqualTo(4);
    try (CsvLog log = new CsvLog(f, HEADER, 2)) {
      log.row(List.of(3L, 9.0f));
    }
    assertThat(Files.readString(f)).isEqualTo("step,loss\n1,0.5\n2,1.0\n3,9.0\n");
    assertThat(CsvLog.lastStep(f)).isEqualTo(3);
    assertThat(CsvLog.lastStep(tmp.resolve("none.csv"))).isEqualTo(-1);
  }

  @Test
  void aDifferentHeaderIsRefused() throws IOException {
    Path f = Files.writeString(tmp.resolve("eval.csv"), "step,fid\n");
    assertThatThrownBy(() -> new CsvLog(f, HEADER, Long.MAX_VALUE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has header 'step,fid', expected 'step,loss'");
  }
}
