package org.ganlab.experiments.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ganlab.experiments.ExperimentRegistry;
import org.junit.jupiter.api.Test;

/**
 * Every row of every full suite (the published tables, which the build never trains) names a
 * shipped experiment whose hyperparameters accept the row's settings, under a run id that means one
 * configuration in its suite: a typo in a row's {@code --set} would otherwise surface hours into a
 * benchmark.
 */
class BenchSuitesTest {
  private final ExperimentRegistry registry = new ExperimentRegistry();

  @Test
  void everyFullRowResolvesToAShippedExperimentWithValidSettings() {
    BenchSuites full = new BenchSuites(false, Optional.empty(), Path.of("unused-cache"));
    List<String> resolved = new ArrayList<>();
    for (String name : BenchSuites.NAMES) {
      BenchSuite suite = full.named(name);
      assertThat(suite.quick()).isFalse();
      Map<String, RunSpec> ids = new HashMap<>();
      for (BenchEntry e : suite.entries()) {
        RunSpec run = e.run();
        registry
            .create(run.experiment())
            .hyperparameters()
            .with("steps", Long.toString(run.steps()))
            .withAssignments(run.assignments());
        // Rows read at another step share their run; one id is one configuration.
        assertThat(ids.putIfAbsent(run.id(), run))
            .as("%s: run id %s", name, run.id())
            .isIn(null, run);
        resolved.add(name + "/" + run.id());
      }
    }
    assertThat(resolved)
        .contains(
            "paired/pix2pix-edges",
            "paired/pix2pix-edges-l1",
            "paired/pix2pix-edges-cgan",
            "translation/cyclegan-pool");
  }
}
