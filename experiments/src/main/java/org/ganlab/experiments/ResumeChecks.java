package org.ganlab.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.core.io.CsvLog;
import org.ganlab.experiments.run.RunDirectory;

/**
 * What a resume checks before it trains: that the data is the data the run started on, and how far
 * the run's logs reach (a checkpoint ahead of metrics.csv or eval.csv would leave a silent gap of
 * rows, so resume starts from a checkpoint the logs reach, or from step 0).
 */
final class ResumeChecks {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ResumeChecks() {}

  /**
   * Compares the SHA-256 of every data file the run reads now with provenance.json's.
   *
   * @param allowChange continue on changed data, recording the change in provenance.json
   * @return one line per changed file (empty if none)
   * @throws ConfigException if a file changed and {@code allowChange} is false
   */
  static List<String> verifyData(RunDirectory dir, Map<String, String> now, boolean allowChange) {
    Path f = dir.provenance();
    try {
      JsonNode prov = JSON.readTree(f.toFile());
      JsonNode recorded = prov.get("dataFiles");
      List<String> changes = new ArrayList<>();
      for (Map.Entry<String, String> e : now.entrySet()) {
        JsonNode before = recorded == null ? null : recorded.get(e.getKey());
        if (before == null || !before.asText().equals(e.getValue())) {
          changes.add(
              "data file "
                  + e.getKey()
                  + " changed since the run started (SHA-256 "
                  + (before == null ? "not recorded" : before.asText())
                  + " in "
                  + f
                  + ", now "
                  + e.getValue()
                  + ")");
        }
      }
      if (recorded != null) {
        for (Iterator<String> it = recorded.fieldNames(); it.hasNext(); ) {
          String name = it.next();
          if (!now.containsKey(name)) {
            changes.add("data file " + name + " recorded in " + f + " is no longer read");
          }
        }
      }
      if (!changes.isEmpty() && !allowChange) {
        throw new ConfigException(
            changes.get(0)
                + "; resume with --allow-data-change to continue"
                + " on the new data (it is recorded in provenance.json)");
      }
      if (!changes.isEmpty()) {
        ObjectNode p = (ObjectNode) prov;
        p.withArray("dataChanges")
            .addObject()
            .put("files", String.join("; ", changes))
            .set("dataFiles", JSON.valueToTree(now));
        AtomicFiles.write(f, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(p));
      }
      return changes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
    }
  }

  /**
   * The last step up to which the run's logs are complete: metrics.csv's last row, and, when the
   * run evaluates, no later than the step before the first evaluation eval.csv lacks. -1 when
   * metrics.csv has no rows.
   */
  static long loggedThrough(RunDirectory dir, Schedule schedule, boolean evaluates) {
    long metrics = CsvLog.lastStep(dir.metrics());
    if (!evaluates || metrics < 0) {
      return metrics;
    }
    long eval = CsvLog.lastStep(dir.eval());
    long next = eval < 0 ? 0 : nextEvaluation(eval, schedule);
    return Math.min(metrics, next - 1);
  }

  private static long nextEvaluation(long after, Schedule s) {
    if (after >= s.steps()) {
      return Long.MAX_VALUE;
    }
    long next = (after / s.evalEvery() + 1) * s.evalEvery();
    return Math.min(next, s.steps());
  }

  /**
   * Waits until {@code dir} holds config.json, which task 0 of a cluster writes before it trains.
   *
   * @throws ConfigException naming the file after {@code seconds} without it
   */
  static void awaitConfig(RunDirectory dir, long seconds) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (!Files.isRegularFile(dir.config())) {
      if (System.nanoTime() > deadline) {
        throw new ConfigException(
            "no "
                + dir.config()
                + " after "
                + seconds
                + " s: start task 0 of the cluster first (it writes the run directory)");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ConfigException("interrupted while waiting for " + dir.config());
      }
    }
  }
}
