package org.ganlab.docs.examples;

// [START imports]
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ganlab.core.checkpoint.Checkpointer;

// [END imports]

/**
 * Reads a finished run's results straight from the files of its run directory: status.txt,
 * metrics.csv, eval.csv, config.json and checkpoints/best.json, and checks the best checkpoint
 * against its MANIFEST.sha256. Only the JDK, Jackson and core's {@link Checkpointer} are used: a
 * script in any language can do the same. Guide chapter "Reading a run directory".
 *
 * <p>{@code main RUN_DIR} reads an existing run; without an argument it first runs {@link
 * HingeRingExperiment} for 1000 steps under {@code runs/}.
 */
public final class ReadRunDirectory {
  private ReadRunDirectory() {}

  /**
   * What the example reads.
   *
   * @param status the first line of status.txt: running, finished or failed: reason
   * @param experiment config.json's experiment name
   * @param trainedSteps the step of metrics.csv's last row
   * @param lastEval eval.csv's last row, metric name to value (step left out)
   * @param evalSteps the steps eval.csv has rows for
   * @param bestCheckpoint best.json's checkpoint directory
   * @param bestMetric best.json's metric, with {@code bestValue} its value
   * @param bestValue the primary metric's value at the best checkpoint
   * @param bestDamage empty if the best checkpoint matches its MANIFEST.sha256, else what is wrong
   */
  public record Summary(
      String status,
      String experiment,
      long trainedSteps,
      Map<String, Double> lastEval,
      List<Long> evalSteps,
      String bestCheckpoint,
      String bestMetric,
      double bestValue,
      Optional<String> bestDamage) {}

  /** Reads {@code args[0]}, or a fresh 1000-step run of {@link HingeRingExperiment}. */
  public static void main(String[] args) throws IOException {
    Path runDir =
        args.length > 0
            ? Path.of(args[0])
            : CustomExperiment.run(Optional.of(1000L), Path.of("runs")).runDir();
    System.out.println(read(runDir));
  }

  /** Runs {@link HingeRingExperiment} for {@code steps} steps under {@code out} and reads it. */
  public static Summary runAndRead(long steps, Path out) throws IOException {
    return read(CustomExperiment.run(Optional.of(steps), out).runDir());
  }

  /** Reads the run directory {@code runDir}. */
  public static Summary read(Path runDir) throws IOException {
    // [START read]
    // status.txt: "running" (or a crashed run), "finished", or "failed: <reason>".
    String status = Files.readString(runDir.resolve("status.txt"), StandardCharsets.UTF_8).trim();

    // config.json: experiment, experimentClass, seed, dataDir, hyperparameters, components.
    ObjectMapper json = new ObjectMapper();
    JsonNode config = json.readTree(runDir.resolve("config.json").toFile());
    String experiment = config.get("experiment").asText();

    // metrics.csv: step,d_loss,g_loss,<two scores>,d_grad_norm,g_grad_norm[,terms...]
    List<String> metrics = Files.readAllLines(runDir.resolve("metrics.csv"));
    String lastRow = metrics.get(metrics.size() - 1);
    long trainedSteps = Long.parseLong(lastRow.substring(0, lastRow.indexOf(',')));

    // eval.csv: step, then the evaluator's metrics (here modes_captured,high_quality).
    List<String> eval = Files.readAllLines(runDir.resolve("eval.csv"));
    String[] columns = eval.get(0).split(",");
    String[] last = eval.get(eval.size() - 1).split(",");
    Map<String, Double> lastEval = new LinkedHashMap<>();
    for (int i = 1; i < columns.length; i++) {
      lastEval.put(columns[i], Double.parseDouble(last[i]));
    }
    List<Long> evalSteps =
        eval.subList(1, eval.size()).stream()
            .map(line -> Long.parseLong(line.substring(0, line.indexOf(','))))
            .toList();

    // checkpoints/best.json names the best checkpoint by the primary metric.
    Path checkpoints = runDir.resolve("checkpoints");
    JsonNode best = json.readTree(checkpoints.resolve("best.json").toFile());
    String bestCheckpoint = best.get("checkpoint").asText(); // e.g. "step-001000"
    // Every file of a checkpoint is listed in its MANIFEST.sha256 (sha256sum format).
    Optional<String> bestDamage = Checkpointer.verify(checkpoints.resolve(bestCheckpoint));
    // [END read]
    return new Summary(
        status,
        experiment,
        trainedSteps,
        lastEval,
        evalSteps,
        bestCheckpoint,
        best.get("metric").asText(),
        best.get("value").asDouble(),
        bestDamage);
  }
}
