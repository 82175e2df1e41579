package org.ganlab.core.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BestCheckpointTest {
  @TempDir Path tmp;

  @Test
  void writesBestJsonAndReadsItBack() throws IOException {
    assertThat(BestCheckpoint.read(tmp)).isEmpty();
    BestCheckpoint best = new BestCheckpoint(1500, "fid", 12.5, false);
    best.write(tmp);
    assertThat(Files.readString(tmp.resolve(BestCheckpoint.FILE)))
        .isEqualTo(
            "{\n  \"checkpoint\" : \"step-001500\",\n  \"step\" : 1500,\n  \"metric\" : \"fid\",\n"
                + "  \"value\" : 12.5,\n  \"higherIsBetter\" : false\n}");
    assertThat(BestCheckpoint.read(tmp)).contains(best);
  }

  @Test
  void aDamagedFileIsNamed() throws IOException {
    Files.writeString(tmp.resolve(BestCheckpoint.FILE), "{\"step\": ");
    assertThatThrownBy(() -> BestCheckpoint.read(tmp))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot read " + tmp.resolve(BestCheckpoint.FILE));
  }
}
