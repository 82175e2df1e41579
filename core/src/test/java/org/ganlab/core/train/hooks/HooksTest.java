package org.ganlab.core.train.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.ganlab.core.checkpoint.Checkpointer;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.NonFiniteLossException;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TestGans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library hooks on a tiny GAN: checkpoints, retention, damage, evaluation, NaN guard. */
class HooksTest {
  @TempDir Path tmp;

  private final List<String> log = new ArrayList<>();

  private CheckpointHook checkpoints(long every, long last, int keep, BestMetric best) {
    return new CheckpointHook(tmp, every, last, keep, best, log::add, step -> {});
  }

  private List<String> folders() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void keepsTheNewestIntactCheckpointsAndTheBest() throws IOException {
    BestMetric best = new BestMetric("score", false);
    // the evaluation scores |step - 4|: step 4 is the best and must survive pruning
    EvaluationHook eval =
        new EvaluationHook(
            2,
            10,
            t -> Map.of("score", (double) Math.abs(t.step() - 4)),
            best,
            (s, v, isBest) -> {});
    try (GanTrainer<GanModel> t = TestGans.trainer(1)) {
      t.train(10, eval, checkpoints(3, 10, 2, best));
    }
    assertThat(best.step()).hasValue(4);
    assertThat(folders()).containsExactly("step-000004", "step-000009", "step-000010");
    for (Path p : Checkpointer.list(tmp)) {
      assertThat(Checkpointer.verify(p)).as(p.toString()).isEmpty();
    }
  }

  @Test
  void aTemporaryFolderLeftByACrashIsRemovedAtTheNextSave() throws IOException {
    // what a kill between a retention's rename and its deletion, or during a save, leaves behind
    for (String name : List.of("step-000001.tmp", "step-000002.tmp")) {
      Files.createDirectories(tmp.resolve(name));
      Files.writeString(tmp.resolve(name).resolve("ckpt.index"), "partial");
    }
    Files.createDirectories(tmp.resolve("notes.tmp"));
    try (GanTrainer<GanModel> t = TestGans.trainer(1)) {
      t.train(3, checkpoints(3, 3, 1, null));
    }
    assertThat(folders()).containsExactly("notes.tmp", "step-000003");
    assertThat(log)
        .containsExactly(
            "checkpoint step-000003",
            "removed step-000001.tmp, left by an interrupted run",
            "removed step-000002.tmp, left by an interrupted run");
  }

  @Test
  void aDamagedCheckpointIsMovedAsideRewrittenAndNeverRestored() throws IOException {
    try (GanTrainer<GanModel> t = TestGans.trainer(2)) {
      t.train(6, checkpoints(3, 6, 5, null));
    }
    assertThat(folders()).containsExactly("step-000003", "step-000006");
    truncate(tmp.resolve("step-000006").resolve("ckpt.index"));

    try (GanTrainer<GanModel> t = TestGans.trainer(2)) {
      CheckpointHook hook = checkpoints(3, 6, 5, null);
      assertThat(hook.restoreNewest(t)).hasValue(tmp.resolve("step-000003"));
      assertThat(t.step()).isEqualTo(3);
      assertThat(log)
          .anyMatch(l -> l.contains("step-000006 is damaged") && l.contains("step-000006.damaged"));
      t.train(3, hook);
    }
    assertThat(folders()).containsExactly("step-000003", "step-000006", "step-000006.damaged");
    assertThat(Checkpointer.verify(tmp.resolve("step-000006"))).isEmpty();
  }

  @Test
  void withEveryCheckpointDamagedNothingIsRestoredAndRetentionCountsOnlyIntactOnes()
      throws IOException {
    try (GanTrainer<GanModel> t = TestGans.trainer(3)) {
      t.train(4, checkpoints(2, 4, 5, null));
    }
    for (Path p : Checkpointer.list(tmp)) {
      truncate(p.resolve("ckpt.index"));
    }
    try (GanTrainer<GanModel> t = TestGans.trainer(3)) {
      CheckpointHook hook = checkpoints(2, 4, 1, null);
      assertThat(hook.restoreNewest(t)).isEmpty();
      assertThat(t.step()).isZero();
      t.train(4, hook);
    }
    // keep = 1: only the newest intact checkpoint is left; the damaged ones are set aside
    assertThat(folders())
        .containsExactly("step-000002.damaged", "step-000004", "step-000004.damaged");
    assertThat(Checkpointer.verify(tmp.resolve("step-000004"))).isEmpty();
  }

  @Test
  void evaluatesAtStepZeroEveryIntervalAndTheLastStep() {
    List<Long> evaluated = new ArrayList<>();
    BestMetric best = new BestMetric("step", true);
    EvaluationHook eval =
        new EvaluationHook(
            4, 10, t -> Map.of("step", t.step()), best, (s, v, isBest) -> evaluated.add(s));
    try (GanTrainer<GanModel> t = TestGans.trainer(4)) {
      t.train(10, eval);
    }
    assertThat(evaluated).containsExactly(0L, 4L, 8L, 10L);
    assertThat(best.step()).hasValue(10);
    assertThatThrownBy(() -> new EvaluationHook(0, 1, t -> Map.of(), best, (s, v, b) -> {}))
        .hasMessageContaining("positive");
  }

  @Test
  void bestMetricKeepsTheEarlierStepOnTiesAndNeverTakesNaN() {
    BestMetric lower = new BestMetric("fid", false);
    assertThat(lower.offer(0, Double.NaN)).isFalse();
    assertThat(lower.offer(1, 5.0)).isTrue();
    assertThat(lower.offer(2, 5.0)).isFalse();
    assertThat(lower.offer(3, 4.5)).isTrue();
    assertThat(lower.offer(4, Double.NaN)).isFalse();
    assertThat(lower.step()).hasValue(3);
    assertThat(lower.value()).isEqualTo(4.5);
    BestMetric higher = new BestMetric("modes", true);
    higher.offer(1, 3);
    higher.offer(2, 8);
    higher.offer(3, 7);
    assertThat(higher.step()).hasValue(2);
  }

  @Test
  void theNanGuardStopsBeforeLaterHooksSeeTheStep() {
    List<Long> seen = new ArrayList<>();
    try (GanTrainer<GanModel> t = TestGans.nanTrainerFromBatch(3)) {
      assertThatThrownBy(() -> t.train(10, new NanGuard(), (tr, r, n) -> seen.add(r.step())))
          .isInstanceOfSatisfying(
              NonFiniteLossException.class, e -> assertThat(e.step()).isEqualTo(4));
    }
    assertThat(seen).containsExactly(1L, 2L, 3L);
    StepRecord ok = new StepRecord(1, 1, 1, 0, 0, 1, 1, Map.of());
    new NanGuard().afterStep(null, ok, 0);
    assertThat(Optional.ofNullable(ok.firstNonFinite())).isEmpty();
  }

  private static void truncate(Path f) throws IOException {
    try (FileChannel c = FileChannel.open(f, StandardOpenOption.WRITE)) {
      c.truncate(10);
    }
  }
}
