package org.ganlab.experiments.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.core.tf.Precision;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.run.Provenance;

/**
 * Refuses a run directory whose config.json differs from the configuration planned for it (another
 * suite version, another --quick, an edited sweep, a hand-made run), or a bf16 run whose
 * provenance.json names other ops kept in float32 than this build keeps: its numbers would not be
 * the row's.
 */
public final class RunSettingsCheck {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ExperimentRegistry registry;

  /**
   * @param registry resolves the experiments' hyperparameters
   */
  public RunSettingsCheck(ExperimentRegistry registry) {
    this.registry = registry;
  }

  /**
   * Checks a run directory that has a config.json; does nothing for one without.
   *
   * @param spec the configuration planned for the directory
   * @param seed the seed planned for it
   * @param dir the run directory
   * @param owner what planned it, as the error names it ("suite", "sweep")
   * @param what how the error names the plan (e.g. "the suite's row 'ring'")
   * @throws ConfigException naming config.json and every differing value, or provenance.json and
   *     both float32 op lists
   */
  public void check(RunSpec spec, long seed, Path dir, String owner, String what) {
    String wants = ", " + owner + " wants ";
    Path config = dir.resolve("config.json");
    if (!Files.isRegularFile(config)) {
      return;
    }
    JsonNode cfg;
    try {
      cfg = JSON.readTree(config.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + config + ": " + e.getMessage(), e);
    }
    Experiment experiment = registry.create(spec.experiment());
    Hyperparameters hp = spec.hyperparameters(experiment.hyperparameters());
    List<String> diffs = new ArrayList<>();
    if (!cfg.path("experiment").asText().equals(experiment.name())) {
      diffs.add("experiment = " + cfg.path("experiment").asText() + wants + experiment.name());
    }
    JsonNode have = cfg.path("hyperparameters");
    Map<String, Object> defaults = experiment.hyperparameters().values();
    hp.values()
        .forEach(
            (k, v) -> {
              JsonNode h = have.get(k);
              // A key added after the run was made is the same setting if the plan keeps its
              // default: new keys default to the old behaviour.
              if (h == null && v.equals(defaults.get(k))) {
                return;
              }
              if (h == null || !h.asText().equals(String.valueOf(v))) {
                diffs.add(k + " = " + (h == null ? "(absent)" : h.asText()) + wants + v);
              }
            });
    if (cfg.path("seed").asLong() != seed) {
      diffs.add("seed = " + cfg.path("seed").asText() + wants + seed);
    }
    if (!diffs.isEmpty()) {
      throw new ConfigException(
          config
              + " holds a run with other settings than "
              + what
              + " ("
              + String.join("; ", diffs)
              + "); move it away or use another --out");
    }
    if (Precision.BF16.key().equals(String.valueOf(hp.values().get("precision")))) {
      checkFloat32Ops(dir.resolve("provenance.json"), what);
    }
  }

  /**
   * Refuses a bf16 run whose provenance records another list of ops kept in float32 than this
   * build's: its numbers come from another rewrite. Runs from before the list was recorded pass.
   */
  private static void checkFloat32Ops(Path provenance, String what) {
    if (!Files.isRegularFile(provenance)) {
      return;
    }
    JsonNode ops;
    try {
      ops = JSON.readTree(provenance.toFile()).get(Provenance.FLOAT32_OPS_KEY);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + provenance + ": " + e.getMessage(), e);
    }
    if (ops != null && !ops.asText().equals(Precision.FLOAT32_OPS)) {
      throw new ConfigException(
          provenance
              + " holds a bf16 run that kept "
              + ops.asText()
              + " in float32, and "
              + what
              + " keeps "
              + Precision.FLOAT32_OPS
              + "; move it away or use another --out");
    }
  }
}
