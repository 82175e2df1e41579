package org.ganlab.core.train.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ganlab.core.checkpoint.BestCheckpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationCsvTest {
  @TempDir Path dir;

  @Test
  void rowsAreCutBackOnResumeAndTheBestIsReadFromTheKeptRows() throws Exception {
    Path csv = dir.resolve("eval.csv");
    Path checkpoints = dir.resolve("checkpoints");
    Files.createDirectories(checkpoints);
    BestMetric best = new BestMetric("fid", false);
    try (EvaluationCsv log =
        new EvaluationCsv(csv, checkpoints, List.of("fid", "kid"), Map.of(), best, 0)) {
      log.evaluated(0, Map.of("fid", 90.0, "kid", 0.5), best.offer(0, 90));
      log.evaluated(10, Map.of("fid", 30.0, "kid", 0.2), best.offer(10, 30));
      log.evaluated(20, Map.of("fid", 40.0, "kid", 0.3), best.offer(20, 40));
      log.checkpointSaved(20); // not the best: no best.json
      assertThat(BestCheckpoint.read(checkpoints)).isEmpty();
      log.checkpointSaved(10);
    }
    assertThat(BestCheckpoint.read(checkpoints).orElseThrow().step()).isEqualTo(10);
    assertThat(Files.readAllLines(csv))
        .containsExactly("step,fid,kid", "0,90.0,0.5", "10,30.0,0.2", "20,40.0,0.3");

    // Resumed at step 10: the row of step 20 goes, and the best is step 10 again.
    BestMetric resumed = new BestMetric("fid", false);
    try (EvaluationCsv log =
        new EvaluationCsv(csv, checkpoints, List.of("fid", "kid"), Map.of(), resumed, 10)) {
      assertThat(resumed.step()).hasValue(10);
      assertThat(resumed.value()).isEqualTo(30.0);
    }
    assertThat(Files.readAllLines(csv))
        .containsExactly("step,fid,kid", "0,90.0,0.5", "10,30.0,0.2");
  }

  @Test
  void detailTablesGetARowPerEvaluationBesideTheMetrics() throws Exception {
    Path csv = dir.resolve("eval.csv");
    Path checkpoints = dir.resolve("checkpoints");
    Files.createDirectories(checkpoints);
    Map<String, List<String>> details = Map.of("shares.csv", List.of("a", "b"));
    BestMetric best = new BestMetric("fid", false);
    try (EvaluationCsv log =
        new EvaluationCsv(csv, checkpoints, List.of("fid"), details, best, 0)) {
      log.evaluated(0, Map.of("fid", 9.0, "a", 0.25, "b", 0.75), best.offer(0, 9));
      log.evaluated(5, Map.of("fid", 8.0, "a", 0.5, "b", 0.5), best.offer(5, 8));
    }
    assertThat(Files.readAllLines(csv)).containsExactly("step,fid", "0,9.0", "5,8.0");
    assertThat(Files.readAllLines(dir.resolve("shares.csv")))
        .containsExactly("step,a,b", "0,0.25,0.75", "5,0.5,0.5");
    try (EvaluationCsv log =
        new EvaluationCsv(
            csv, checkpoints, List.of("fid"), details, new BestMetric("fid", false), 0 + 1)) {
      assertThat(Files.readAllLines(dir.resolve("shares.csv")))
          .containsExactly("step,a,b", "0,0.25,0.75");
    }
  }
}
