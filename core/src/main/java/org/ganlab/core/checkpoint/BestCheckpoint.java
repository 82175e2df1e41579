package org.ganlab.core.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ganlab.core.io.AtomicFiles;

/**
 * The record of a run's best checkpoint by its evaluator's primary metric, {@code
 * checkpoints/best.json}:
 *
 * <pre>{"checkpoint": "step-001500", "step": 1500, "metric": "fid", "value": 12.5,
 *  "higherIsBetter": false}</pre>
 *
 * Written atomically once the checkpoint it names is complete (the {@code onSaved} callback of
 * {@link org.ganlab.core.train.hooks.CheckpointHook}, which never prunes the best step's
 * checkpoint). The experiments runner recomputes the best from eval.csv on resume and rewrites this
 * file, so it always agrees with eval.csv.
 *
 * @param step the checkpoint's step
 * @param metric the primary metric's name
 * @param value its value at {@code step}
 * @param higherIsBetter whether larger values of the metric are better
 */
public record BestCheckpoint(long step, String metric, double value, boolean higherIsBetter) {
  /** The file name inside {@code checkpoints/}. */
  public static final String FILE = "best.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Writes {@code checkpoints/best.json} atomically.
   *
   * @param checkpoints the run's checkpoint directory
   */
  public void write(Path checkpoints) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("checkpoint", Checkpointer.dirName(step));
    m.put("step", step);
    m.put("metric", metric);
    m.put("value", value);
    m.put("higherIsBetter", higherIsBetter);
    Path f = checkpoints.resolve(FILE);
    try {
      AtomicFiles.write(f, JSON.writeValueAsBytes(m));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + f + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads {@code checkpoints/best.json}, if present.
   *
   * @param checkpoints the run's checkpoint directory
   * @return the best checkpoint recorded there, or empty if there is no {@code best.json}
   */
  public static Optional<BestCheckpoint> read(Path checkpoints) {
    Path f = checkpoints.resolve(FILE);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try {
      JsonNode n = JSON.readTree(f.toFile());
      return Optional.of(
          new BestCheckpoint(
              n.get("step").asLong(),
              n.get("metric").asText(),
              n.get("value").asDouble(),
              n.get("higherIsBetter").asBoolean()));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot read " + f + ": " + e.getMessage(), e);
    }
  }
}
