package org.ganlab.experiments.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.ExperimentRunner;
import org.ganlab.experiments.RunRequest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs with a stabilizer on (DiffAugment, the image pool with noise on the cycle, spectral norm
 * with conditional batch norm), cut back to an earlier checkpoint and resumed from the run
 * directory, end with the same metrics.csv and checkpoint bytes as uninterrupted runs: the resumed
 * run rebuilds the stabilizer from config.json, draws the same augmentations and restores the pool
 * and u vectors, and draws the same cycle noise.
 */
class StabilizerResumeTest {
  private static final List<String> TINY_IMAGES =
      List.of("batch_size=4", "filters=4", "latent_dim=8", "grid_size=4", "eval_every=0");

  @TempDir Path tmp;

  static Stream<Arguments> runs() {
    return Stream.of(
        Arguments.of("dcgan", plus(TINY_IMAGES, "diffaugment=color,translation,cutout")),
        Arguments.of("cgan-projection-sn", plus(TINY_IMAGES, "diffaugment=translation")),
        Arguments.of(
            "cyclegan",
            plus(CycleGanResumeTest.TINY, "image_pool=3", "cycle_noise=0.2", "eval_every=0")));
  }

  private static List<String> plus(List<String> settings, String... more) {
    List<String> all = new ArrayList<>(settings);
    all.addAll(List.of(more));
    return all;
  }

  private Path run(String experiment, List<String> settings, String name) {
    List<String> all = plus(settings, "checkpoint_every=2", "keep_checkpoints=5");
    ExperimentRunner runner =
        new ExperimentRunner(
            new ExperimentRegistry(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            false);
    return runner
        .run(
            new RunRequest(
                experiment,
                3,
                Optional.of(5L),
                all,
                tmp,
                Optional.of(tmp.resolve(name)),
                Optional.empty()))
        .runDir();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("runs")
  void resumedFromAnEarlierCheckpointEqualsUninterrupted(String experiment, List<String> settings)
      throws Exception {
    Path reference = run(experiment, settings, "reference");
    Path crashed = run(experiment, settings, "crashed");
    for (String step : List.of("step-000004", "step-000005")) {
      MoreFiles.deleteRecursively(
          crashed.resolve("checkpoints").resolve(step), RecursiveDeleteOption.ALLOW_INSECURE);
    }
    Files.writeString(crashed.resolve("status.txt"), "running\n");
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    new ExperimentRunner(
            new ExperimentRegistry(), new PrintStream(console, true, StandardCharsets.UTF_8), false)
        .resume(crashed);
    assertThat(console.toString(StandardCharsets.UTF_8))
        .contains("resumed from " + crashed.resolve("checkpoints/step-000002") + " at step 2");

    assertThat(Files.readAllLines(reference.resolve("metrics.csv"))).hasSize(6);
    assertThat(Files.readAllBytes(crashed.resolve("metrics.csv")))
        .isEqualTo(Files.readAllBytes(reference.resolve("metrics.csv")));
    String ck = "checkpoints/step-000005/ckpt.data-00000-of-00001";
    assertThat(Files.readAllBytes(crashed.resolve(ck)))
        .isEqualTo(Files.readAllBytes(reference.resolve(ck)));
    assertThat(Files.readString(crashed.resolve("status.txt")).trim()).isEqualTo("finished");
  }
}
