package org.ganlab.experiments.shipped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ganlab.experiments.RunRequest;
import org.ganlab.experiments.RunnerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextGanExperimentTest extends RunnerFixture {
  /** A critic and generator small enough for a few seconds a run. */
  static final List<String> TINY =
      List.of("filters=8", "residual_blocks=1", "n_critic=2", "batch_size=16", "latent_dim=8");

  @TempDir Path tmp;

  private Path run(String name, Optional<Path> dataDir, String... more) {
    List<String> settings = new ArrayList<>(TINY);
    settings.addAll(List.of(more));
    Path dir = tmp.resolve(name);
    quiet()
        .run(new RunRequest("text", 1, Optional.of(4L), settings, tmp, Optional.of(dir), dataDir));
    return dir;
  }

  @Test
  void samplesAreTextFilesAndEvalCsvHasTheTextMetrics() throws Exception {
    Path dir = run("words", Optional.empty(), "eval_every=2", "eval_samples=50", "grid_size=7");
    List<String> words = Files.readAllLines(dir.resolve("samples/step-000004.txt"));
    assertThat(words).hasSize(7).allMatch(w -> w.matches("[a-z]*"));
    assertThat(Files.readAllLines(dir.resolve("eval.csv")).get(0))
        .isEqualTo(
            "step,real_words,novel_words,distinct_words,in_test_1,in_test_2,in_test_3,in_test_4,"
                + "js_1,js_2,js_3,js_4,length_tv,mean_length");
    assertThat(Files.readAllLines(dir.resolve("eval.csv"))).hasSize(4); // steps 0, 2, 4
    assertThat(Files.readString(dir.resolve("config.json"))).contains("\"gp_lambda\" : 10.0");
  }

  @Test
  void anotherWordListComesFromDataDirAndBadLinesAreNamed() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    List<String> list = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      list.add("ab" + (char) ('a' + i % 26) + (char) ('a' + i / 26));
    }
    Files.write(data.resolve("words.txt"), list);
    Path dir = run("own", Optional.of(data), "eval_every=0");
    assertThat(Files.readAllLines(dir.resolve("samples/step-000004.txt"))).hasSize(64);

    Files.write(data.resolve("words.txt"), List.of("good", "bad!"));
    assertThatThrownBy(() -> run("bad", Optional.of(data), "eval_every=0"))
        .hasMessageContaining(data.resolve("words.txt").toString())
        .hasMessageContaining("line 2");
  }
}
