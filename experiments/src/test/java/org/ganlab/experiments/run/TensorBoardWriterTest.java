package org.ganlab.experiments.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.ganlab.core.image.ImageGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.proto.Event;
import org.tensorflow.proto.Summary;

/** Reads the event files back: TFRecord framing, masked CRC32C of length and data, protos. */
class TensorBoardWriterTest {
  @TempDir Path tmp;

  @Test
  void writesScalarsAndImagesThatReadBack() throws Exception {
    try (TensorBoardWriter w = new TensorBoardWriter(tmp)) {
      for (long s = 1; s <= 3; s++) {
        Map<String, Float> m = new LinkedHashMap<>();
        m.put("loss/d", 0.5f * s);
        m.put("loss/g", -1f * s);
        w.scalars(s, m);
      }
      w.image(3, "samples", ImageGrid.tile(new float[] {-1, 1, 1, -1}, 1, 2, 2, 1, 1, 1));
      w.flush();
    }
    Path file;
    try (Stream<Path> files = Files.list(tmp)) {
      file =
          files
              .filter(p -> p.getFileName().toString().startsWith("events.out.tfevents"))
              .findFirst()
              .orElseThrow();
    }
    List<Event> events = readRecords(file);
    Map<String, List<Float>> scalars = new LinkedHashMap<>();
    List<Summary.Image> images = new ArrayList<>();
    for (Event e : events) {
      for (Summary.Value v : e.getSummary().getValueList()) {
        if (v.hasImage()) {
          images.add(v.getImage());
          assertThat(e.getStep()).isEqualTo(3);
        } else {
          assertThat(v.getValueCase()).isEqualTo(Summary.Value.ValueCase.SIMPLE_VALUE);
          scalars.computeIfAbsent(v.getTag(), k -> new ArrayList<>()).add(v.getSimpleValue());
        }
      }
    }
    assertThat(events.get(0).hasFileVersion()).isTrue();
    assertThat(scalars.get("loss/d")).containsExactly(0.5f, 1.0f, 1.5f);
    assertThat(scalars.get("loss/g")).containsExactly(-1f, -2f, -3f);
    assertThat(images).hasSize(1);
    assertThat(images.get(0).getHeight()).isEqualTo(4);
    assertThat(images.get(0).getEncodedImageString().byteAt(1)).isEqualTo((byte) 'P');
  }

  @Test
  void closeWritesEveryQueuedWriteInOrderWithTheValuesOfTheCall() throws Exception {
    // More writes than the queue holds, a map changed after each call, no flush: close drains.
    Map<String, Float> m = new LinkedHashMap<>();
    try (TensorBoardWriter w = new TensorBoardWriter(tmp)) {
      for (long s = 0; s < 2 * TensorBoardWriter.QUEUE; s++) {
        m.put("loss", (float) s);
        w.scalars(s, m);
        m.put("loss", -1f);
      }
    }
    Path file;
    try (Stream<Path> files = Files.list(tmp)) {
      file = files.filter(p -> p.getFileName().toString().startsWith("events")).findFirst().get();
    }
    List<Float> values = new ArrayList<>();
    List<Long> steps = new ArrayList<>();
    for (Event e : readRecords(file)) {
      for (Summary.Value v : e.getSummary().getValueList()) {
        values.add(v.getSimpleValue());
        steps.add(e.getStep());
      }
    }
    assertThat(values).hasSize(2 * TensorBoardWriter.QUEUE);
    for (int i = 0; i < values.size(); i++) {
      assertThat(steps.get(i)).isEqualTo(i);
      assertThat(values.get(i)).isEqualTo((float) i);
    }
  }

  @Test
  void writesHistogramsThatReadBack() throws Exception {
    try (TensorBoardWriter w = new TensorBoardWriter(tmp)) {
      w.histogram(7, "diagnostics/d_real", new float[] {-1f, 0f, 2f, 3f});
      w.flush();
    }
    Path file;
    try (Stream<Path> files = Files.list(tmp)) {
      file = files.filter(p -> p.getFileName().toString().startsWith("events")).findFirst().get();
    }
    List<Summary.Value> histograms = new ArrayList<>();
    for (Event e : readRecords(file)) {
      for (Summary.Value v : e.getSummary().getValueList()) {
        assertThat(e.getStep()).isEqualTo(7);
        histograms.add(v);
      }
    }
    assertThat(histograms).hasSize(1);
    assertThat(histograms.get(0).getTag()).isEqualTo("diagnostics/d_real");
    assertThat(histograms.get(0).getHisto().getNum()).isEqualTo(4.0);
    assertThat(histograms.get(0).getHisto().getMin()).isEqualTo(-1.0);
    assertThat(histograms.get(0).getHisto().getMax()).isEqualTo(3.0);
    assertThat(histograms.get(0).getHisto().getSum()).isEqualTo(4.0);
  }

  /** TFRecord: u64 length, u32 masked crc(length), data, u32 masked crc(data). */
  private static List<Event> readRecords(Path f) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(f)).order(ByteOrder.LITTLE_ENDIAN);
    List<Event> out = new ArrayList<>();
    while (b.remaining() > 0) {
      byte[] len = new byte[8];
      b.get(len);
      assertThat(b.getInt()).isEqualTo(maskedCrc(len));
      int n = (int) ByteBuffer.wrap(len).order(ByteOrder.LITTLE_ENDIAN).getLong();
      byte[] data = new byte[n];
      b.get(data);
      assertThat(b.getInt()).isEqualTo(maskedCrc(data));
      out.add(Event.parseFrom(data));
    }
    return out;
  }

  private static int maskedCrc(byte[] data) {
    CRC32C c = new CRC32C();
    c.update(data);
    int crc = (int) c.getValue();
    return ((crc >>> 15) | (crc << 17)) + 0xa282ead8;
  }
}
