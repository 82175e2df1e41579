package org.ganlab.experiments.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ganlab.core.checkpoint.BestCheckpoint;
import org.ganlab.core.checkpoint.Checkpointer;
import org.ganlab.experiments.CliOutcome;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.ExperimentRunner;
import org.ganlab.experiments.RunRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * eval.csv per family, {@code ganlab eval} reproducing its rows, the best checkpoint surviving
 * pruning, and eval.csv of a resumed run.
 */
class PeriodicEvaluationTest {
  @TempDir Path tmp;

  private final ExperimentRunner runner =
      new ExperimentRunner(
          new ExperimentRegistry(),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
          false);

  private static CliOutcome cli(String... args) {
    return CliOutcome.run(args);
  }

  private Path run(String experiment, String name, long steps, List<String> settings) {
    return runner
        .run(
            new RunRequest(
                experiment,
                3,
                Optional.of(steps),
                settings,
                tmp,
                Optional.of(tmp.resolve(name)),
                Optional.empty()))
        .runDir();
  }

  /**
   * The eval.csv row at {@code step}, then class_balance.csv's if the run has one, as {@code ganlab
   * eval} prints them.
   */
  private static String rowAsEvalOutput(Path dir, long step) throws Exception {
    Path balance = dir.resolve("class_balance.csv");
    return rowAsEvalOutput(dir.resolve("eval.csv"), step, true)
        + (Files.exists(balance) ? rowAsEvalOutput(balance, step, false) : "");
  }

  private static String rowAsEvalOutput(Path csv, long step, boolean withStep) throws Exception {
    List<String> lines = Files.readAllLines(csv);
    String[] header = lines.get(0).split(",");
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      if (Long.parseLong(cells[0]) == step) {
        StringBuilder sb = new StringBuilder();
        for (int i = withStep ? 0 : 1; i < header.length; i++) {
          sb.append(header[i]).append(' ').append(cells[i]).append(System.lineSeparator());
        }
        return sb.toString();
      }
    }
    throw new AssertionError("no row for step " + step + " in " + csv);
  }

  private static List<Long> checkpointSteps(Path dir) {
    return Checkpointer.list(dir.resolve("checkpoints")).stream()
        .map(Checkpointer::stepOf)
        .sorted()
        .toList();
  }

  @Test
  void dcganWritesFashionMetricsAndEvalCommandReproducesRows() throws Exception {
    Path dir =
        run(
            "dcgan",
            "dcgan",
            4,
            List.of(
                "batch_size=8",
                "filters=8",
                "latent_dim=16",
                "grid_size=4",
                "eval_every=2",
                "eval_samples=200",
                "checkpoint_every=2",
                "keep_checkpoints=1"));
    List<String> csv = Files.readAllLines(dir.resolve("eval.csv"));
    assertThat(csv.get(0)).isEqualTo("step,fid,kid,precision,recall,class_tv");
    assertThat(csv.subList(1, csv.size()).stream().map(l -> l.split(",")[0]))
        .containsExactly("0", "2", "4");
    for (String line : csv.subList(1, csv.size())) {
      double[] v = Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray();
      assertThat(Arrays.stream(v).allMatch(Double::isFinite)).as(line).isTrue();
      assertThat(v[1]).isPositive(); // FID of an untrained generator
      assertThat(v[3]).isBetween(0.0, 1.0);
      assertThat(v[4]).isBetween(0.0, 1.0);
    }

    // The newest checkpoint: the command's default, and the last row.
    CliOutcome last = cli("eval", dir.toString());
    assertThat(last.code()).as(last.err()).isZero();
    assertThat(last.out()).isEqualTo(rowAsEvalOutput(dir, 4));

    // The best checkpoint by FID is recorded, kept and reproduced too.
    BestCheckpoint best = BestCheckpoint.read(dir.resolve("checkpoints")).orElseThrow();
    assertThat(best.metric()).isEqualTo("fid");
    assertThat(best.higherIsBetter()).isFalse();
    double minFid =
        csv.subList(1, csv.size()).stream()
            .mapToDouble(l -> Double.parseDouble(l.split(",")[1]))
            .min()
            .orElseThrow();
    assertThat(best.value()).isEqualTo(minFid);
    assertThat(checkpointSteps(dir)).contains(best.step(), 4L);
    CliOutcome atBest = cli("eval", dir.toString(), "--checkpoint", Long.toString(best.step()));
    assertThat(atBest.code()).as(atBest.err()).isZero();
    assertThat(atBest.out()).isEqualTo(rowAsEvalOutput(dir, best.step()));
  }

  @Test
  void ring8WritesModeColumns() throws Exception {
    Path dir =
        run(
            "gan-ring8",
            "ring8",
            4,
            List.of(
                "batch_size=16",
                "hidden_units=8",
                "grid_size=100",
                "eval_every=2",
                "eval_samples=500"));
    List<String> csv = Files.readAllLines(dir.resolve("eval.csv"));
    assertThat(csv.get(0)).isEqualTo("step,modes_captured,high_quality");
    assertThat(csv).hasSize(4);
    for (String line : csv.subList(1, csv.size())) {
      String[] c = line.split(",");
      assertThat(Integer.parseInt(c[1])).isBetween(0, 8);
      assertThat(Double.parseDouble(c[2])).isBetween(0.0, 1.0);
    }
    // The eval command samples the final checkpoint again and gives the last row digit for digit.
    CliOutcome last = cli("eval", dir.toString());
    assertThat(last.code()).as(last.err()).isZero();
    assertThat(last.out()).isEqualTo(rowAsEvalOutput(dir, 4));
    try (Stream<Path> files = Files.list(dir.resolve("tensorboard"))) {
      assertThat(files).isNotEmpty();
    }
  }

  @Test
  void bestCheckpointSurvivesPruningAndResumeKeepsEvalCsv() throws Exception {
    List<String> settings =
        new ArrayList<>(
            List.of(
                "eval_every=2",
                "checkpoint_every=5",
                "keep_checkpoints=1",
                "batch_size=16",
                "grid_size=10"));
    String experiment = ScriptedEvalExperiment.class.getName();
    Path reference = run(experiment, "reference", 10, settings);
    assertThat(Files.readAllLines(reference.resolve("eval.csv")))
        .containsExactly(
            "step,distance_to_4,step_again",
            "0,4.0,0",
            "2,2.0,2",
            "4,0.0,4",
            "6,2.0,6",
            "8,4.0,8",
            "10,6.0,10");
    // Newest (10) plus the best (4, written because it was the best, not on checkpoint_every).
    assertThat(checkpointSteps(reference)).containsExactly(4L, 10L);
    assertThat(BestCheckpoint.read(reference.resolve("checkpoints")))
        .contains(new BestCheckpoint(4, "distance_to_4", 0.0, false));

    CliOutcome atBest = cli("eval", reference.toString(), "--checkpoint", "4");
    assertThat(atBest.code()).as(atBest.err()).isZero();
    assertThat(atBest.out()).isEqualTo(rowAsEvalOutput(reference, 4));
    CliOutcome missing = cli("eval", reference.toString(), "--checkpoint", "7");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no checkpoint at step 7").contains("[10, 4]");

    // As if killed after step 7's eval row: only step 5's checkpoint survives, best.json is stale.
    Path crashed = run(experiment, "crashed", 10, settings);
    MoreFiles.deleteRecursively(
        crashed.resolve("checkpoints/step-000010"), RecursiveDeleteOption.ALLOW_INSECURE);
    Files.writeString(
        crashed.resolve("eval.csv"),
        "step,distance_to_4,step_again\n0,4.0,0\n"
            + "2,2.0,2\n4,0.0,4\n6,2.0,6\n8,4.0,8\n10,6.0,1");
    runner.run(
        new RunRequest(
            experiment,
            3,
            Optional.of(5L),
            settings,
            tmp,
            Optional.of(tmp.resolve("at5")),
            Optional.empty()));
    Files.copy(
        tmp.resolve("at5/checkpoints/step-000005"), crashed.resolve("checkpoints/step-000005"));
    for (String f : List.of("ckpt.index", "ckpt.data-00000-of-00001", "MANIFEST.sha256")) {
      Files.copy(
          tmp.resolve("at5/checkpoints/step-000005").resolve(f),
          crashed.resolve("checkpoints/step-000005").resolve(f));
    }
    runner.resume(crashed);
    assertThat(Files.readAllBytes(crashed.resolve("eval.csv")))
        .isEqualTo(Files.readAllBytes(reference.resolve("eval.csv")));
    assertThat(checkpointSteps(crashed)).containsExactly(4L, 10L);
    assertThat(BestCheckpoint.read(crashed.resolve("checkpoints")))
        .contains(new BestCheckpoint(4, "distance_to_4", 0.0, false));
  }
}
