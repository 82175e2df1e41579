package org.ganlab.core.train.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ganlab.core.image.ImageGrid;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.TestGans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hooks that write files: per-step CSVs and sample pictures. */
class RunFileHooksTest {
  @TempDir Path tmp;

  @Test
  void stepCsvsOfAResumedRunEqualAnUninterruptedRuns() throws IOException {
    Path metrics = tmp.resolve("metrics.csv");
    Path timing = tmp.resolve("timing.csv");
    Path ckpt = tmp.resolve("checkpoints");
    try (GanTrainer<GanModel> t = TestGans.trainer(5);
        StepCsvHook csv = new StepCsvHook(metrics, timing, 16)) {
      t.train(6, csv, new CheckpointHook(ckpt, 3, 6, 5, null, line -> {}, step -> {}));
      assertThat(csv.msPerStep()).isPositive();
      assertThat(Files.readAllLines(metrics).get(0))
          .isEqualTo(String.join(",", StepColumns.of(t.loss()).names()));
    }
    byte[] uninterrupted = Files.readAllBytes(metrics);
    assertThat(Files.readAllLines(metrics)).hasSize(7);

    try (GanTrainer<GanModel> t = TestGans.trainer(5);
        StepCsvHook csv = new StepCsvHook(metrics, timing, 16)) {
      t.restore(ckpt.resolve("step-000003"));
      t.train(3, csv);
    }
    assertThat(Files.readAllBytes(metrics)).isEqualTo(uninterrupted);
    List<String> times = Files.readAllLines(timing);
    assertThat(times.get(0)).isEqualTo("step,step_ms,images_per_s");
    assertThat(times.subList(1, times.size()).stream().map(l -> l.split(",")[0]))
        .containsExactly("1", "2", "3", "4", "5", "6");
  }

  @Test
  void samplePicturesAtStepZeroEveryIntervalAndTheLastStep() throws IOException {
    Path dir = tmp.resolve("samples");
    List<Long> shown = new ArrayList<>();
    ImageGrid.Tiled picture = ImageGrid.tile(new float[] {-1, 1, 1, -1}, 1, 2, 2, 1, 1, 1);
    try (GanTrainer<GanModel> t = TestGans.trainer(1);
        ImageGrid png = new ImageGrid()) {
      t.train(10, new SampleHook(dir, () -> picture, png, 4, 10, (s, p) -> shown.add(s)));
    }
    assertThat(shown).containsExactly(0L, 4L, 8L, 10L);
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(
              "step-000000.png", "step-000004.png", "step-000008.png", "step-000010.png");
    }
    assertThat(Files.readAllBytes(SampleHook.file(dir, 10))).startsWith((byte) 0x89, (byte) 'P');
  }
}
