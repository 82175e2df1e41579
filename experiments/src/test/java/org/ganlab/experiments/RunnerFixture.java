package org.ganlab.experiments;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/** What the run-directory fault tests share: a tiny DCGAN, a runner whose output they read. */
public abstract class RunnerFixture {
  protected final ByteArrayOutputStream console = new ByteArrayOutputStream();
  protected final ExperimentRunner runner =
      new ExperimentRunner(
          new ExperimentRegistry(), new PrintStream(console, true, StandardCharsets.UTF_8), false);

  @TempDir protected Path tmp;

  /** What the runner printed so far. */
  protected String printed() {
    return console.toString(StandardCharsets.UTF_8);
  }

  /** A runner that prints nowhere. */
  protected static ExperimentRunner quiet() {
    return new ExperimentRunner(
        new ExperimentRegistry(),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        false);
  }

  /**
   * Trains {@code experiment} for {@code steps} steps into {@code runDir} with a quiet runner.
   *
   * @return the run directory
   */
  protected Path trainQuietly(
      String experiment, long seed, long steps, List<String> settings, Path runDir) {
    quiet()
        .run(
            new RunRequest(
                experiment,
                seed,
                Optional.of(steps),
                settings,
                tmp,
                Optional.of(runDir),
                Optional.empty()));
    return runDir;
  }

  /** A DCGAN small enough for a few seconds a run, checkpoints every 5 steps, then {@code more}. */
  static List<String> tinyDcgan(String... more) {
    List<String> s =
        new ArrayList<>(
            List.of(
                "batch_size=8",
                "filters=8",
                "latent_dim=16",
                "checkpoint_every=5",
                "sample_every=10",
                "keep_checkpoints=2"));
    s.addAll(List.of(more));
    return List.copyOf(s);
  }
}
