package org.ganlab.experiments.bench;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.tf.Precision;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.run.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bf16 run is reused only when it kept the same ops in float32 as this build. */
class RunSettingsCheckTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ExperimentRegistry registry = new ExperimentRegistry();
  private final RunSpec bf16 =
      new RunSpec("ring-bf16", "gan-ring8", 100, List.of("precision=bf16"));

  /** A run directory whose config.json is exactly the plan's, with the given provenance.json. */
  private Path run(Path dir, String provenance) throws Exception {
    return run(bf16, dir, provenance);
  }

  private Path run(RunSpec spec, Path dir, String provenance) throws Exception {
    Map<String, Object> hp = new LinkedHashMap<>();
    spec.hyperparameters(registry.create("gan-ring8").hyperparameters())
        .values()
        .forEach((k, v) -> hp.put(k, String.valueOf(v)));
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("experiment", "gan-ring8");
    config.put("hyperparameters", hp);
    config.put("seed", 3);
    Files.createDirectories(dir);
    JSON.writeValue(dir.resolve("config.json").toFile(), config);
    if (provenance != null) {
      Files.writeString(dir.resolve("provenance.json"), provenance);
    }
    return dir;
  }

  @Test
  void aBf16RunThatKeptOtherOpsInFloat32IsRefusedNamingBothLists(@TempDir Path tmp)
      throws Exception {
    Path dir = run(tmp.resolve("old"), "{\"precision\":\"bf16\",\"float32Ops\":\"Mean,Sum\"}");
    RunSettingsCheck check = new RunSettingsCheck(registry);
    assertThatThrownBy(() -> check.check(bf16, 3, dir, "suite", "the suite's row 'ring-bf16'"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            dir.resolve("provenance.json")
                + " holds a bf16 run that kept Mean,Sum in float32, and the suite's row"
                + " 'ring-bf16' keeps "
                + Precision.FLOAT32_OPS
                + "; move it away or use another --out");
  }

  @Test
  void aBf16RunWithTodaysListOrFromBeforeTheListWasRecordedIsReused(@TempDir Path tmp)
      throws Exception {
    RunSettingsCheck check = new RunSettingsCheck(registry);
    Path same =
        run(
            tmp.resolve("same"),
            "{\"precision\":\"bf16\",\""
                + Provenance.FLOAT32_OPS_KEY
                + "\":\""
                + Precision.FLOAT32_OPS
                + "\"}");
    Path older = run(tmp.resolve("older"), "{\"precision\":\"bf16\"}");
    Path none = run(tmp.resolve("none"), null);
    for (Path dir : List.of(same, older, none)) {
      assertThatCode(() -> check.check(bf16, 3, dir, "suite", "the row"))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void aFloat32PlanIgnoresTheList(@TempDir Path tmp) throws Exception {
    RunSpec fp32 = new RunSpec("ring", "gan-ring8", 100, List.of());
    Path dir = run(fp32, tmp.resolve("fp32"), "{\"float32Ops\":\"Mean\"}");
    assertThatCode(() -> new RunSettingsCheck(registry).check(fp32, 3, dir, "suite", "the row"))
        .doesNotThrowAnyException();
  }
}
