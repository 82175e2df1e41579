package org.ganlab.experiments.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.ExperimentRegistry;

/**
 * Reads a sweep file (JSON) and checks it against its experiment's hyperparameters before any run
 * starts. Every error names the file and the key, e.g. {@code lr.json: search.lr_d.log_uniform: the
 * low end must be above 0, got 0.0}.
 *
 * <pre>{@code
 * {
 *   "experiment": "gan-grid25",
 *   "steps": 2000,
 *   "set": {"eval_samples": 2500},
 *   "search": {
 *     "r1_gamma": {"grid": [0, 1, 10]},
 *     "lr_d": {"log_uniform": [1e-4, 1e-2]}
 *   },
 *   "random": {"budget": 4, "seed": 0},
 *   "seeds": 2,
 *   "metric": {"column": "modes_captured", "goal": "maximize"}
 * }
 * }</pre>
 */
public final class SweepFileReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TOP =
      Set.of("experiment", "steps", "set", "search", "random", "seeds", "metric");
  private static final Set<String> KINDS = Set.of("grid", "uniform", "log_uniform");

  private final ExperimentRegistry registry;

  /**
   * @param registry resolves the experiment whose keys the file sets
   */
  public SweepFileReader(ExperimentRegistry registry) {
    this.registry = registry;
  }

  /**
   * Reads and checks {@code file}.
   *
   * @param file the sweep file
   * @return the sweep it states
   * @throws ConfigException naming the file and the key of the first problem
   */
  public SweepFile read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new ConfigException(file + ": not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigException("cannot read sweep file " + file + ": " + e.getMessage());
    }
    return new Parse(file).sweep(root);
  }

  /** One file's parse, so every error can name it. */
  private final class Parse {
    private final Path file;
    private final JsonFields json;

    Parse(Path file) {
      this.file = file;
      this.json = new JsonFields(file);
    }

    SweepFile sweep(JsonNode root) {
      if (root == null || !root.isObject()) {
        throw json.error("(top level)", "expected a JSON object");
      }
      json.onlyFields(root, "(top level)", TOP);
      String experimentName = json.text(json.required(root, "experiment"), "experiment");
      Hyperparameters hp;
      try {
        hp = registry.create(experimentName).hyperparameters();
      } catch (ConfigException e) {
        throw json.error("experiment", e.getMessage());
      }
      long steps = (Long) hp.values().get("steps");
      if (root.has("steps")) {
        steps = json.wholeNumber(root.get("steps"), "steps", 1);
      }
      List<String> fixed = new ArrayList<>();
      if (root.has("set")) {
        JsonNode set = json.object(root.get("set"), "set");
        for (Iterator<Map.Entry<String, JsonNode>> it = set.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          String where = "set." + e.getKey();
          Hyperparameter<?> decl = declared(hp, e.getKey(), where);
          String value = json.scalar(e.getValue(), where);
          parses(decl, value, where);
          fixed.add(e.getKey() + "=" + value);
        }
      }
      List<SweptKey> keys = new ArrayList<>();
      JsonNode search = json.object(json.required(root, "search"), "search");
      for (Iterator<Map.Entry<String, JsonNode>> it = search.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (root.path("set").has(e.getKey())) {
          throw json.error(
              "search." + e.getKey(), "also fixed under \"set\"; give it in one place");
        }
        keys.add(swept(hp, e.getKey(), e.getValue()));
      }
      if (keys.isEmpty()) {
        throw json.error("search", "names no key; give at least one");
      }
      boolean ranges = keys.stream().anyMatch(k -> !(k instanceof SweptKey.Grid));
      Optional<RandomSearch> random = Optional.empty();
      if (root.has("random")) {
        if (!ranges) {
          throw json.error(
              "random", "no key of \"search\" is a uniform or log_uniform range to draw");
        }
        JsonNode r = json.object(root.get("random"), "random");
        json.onlyFields(r, "random", Set.of("budget", "seed"));
        int budget =
            (int) json.wholeNumber(json.required(r, "budget", "random.budget"), "random.budget", 1);
        long seed = r.has("seed") ? json.wholeNumber(r.get("seed"), "random.seed", 0) : 0;
        random = Optional.of(new RandomSearch(budget, seed));
      } else if (ranges) {
        throw json.error(
            "random", "missing: ranges need {\"budget\": N, \"seed\": S} to draw N points from");
      }
      return new SweepFile(
          file, experimentName, steps, fixed, keys, random, seeds(root), metric(root));
    }

    private SweptKey swept(Hyperparameters hp, String key, JsonNode spec) {
      String where = "search." + key;
      Hyperparameter<?> decl = declared(hp, key, where);
      json.object(spec, where);
      List<String> kinds = new ArrayList<>();
      spec.fieldNames().forEachRemaining(f -> kinds.add(f));
      kinds.retainAll(KINDS);
      if (kinds.size() != 1) {
        throw json.error(where, "give exactly one of " + KINDS + ", got " + kinds);
      }
      String kind = kinds.get(0);
      json.onlyFields(spec, where, kind.equals("grid") ? Set.of("grid", "scale") : Set.of(kind));
      where += "." + kind;
      JsonNode v = spec.get(kind);
      if (!v.isArray() || v.isEmpty()) {
        throw json.error(where, "expected a non-empty list, got " + v);
      }
      if (kind.equals("grid")) {
        List<String> values = new ArrayList<>();
        for (JsonNode x : v) {
          String value = json.scalar(x, where);
          parses(decl, value, where);
          if (values.contains(value)) {
            throw json.error(where, "lists " + value + " twice");
          }
          values.add(value);
        }
        boolean log = false;
        if (spec.has("scale")) {
          String scale = json.text(spec.get("scale"), "search." + key + ".scale");
          if (!scale.equals("log") && !scale.equals("linear")) {
            throw json.error(
                "search." + key + ".scale", "expected \"log\" or \"linear\", got " + scale);
          }
          log = scale.equals("log");
          for (String x : values) {
            if (!(JsonFields.number(x) > 0)) {
              throw json.error(
                  "search." + key + ".scale", "a log axis needs positive values, got " + x);
            }
          }
        }
        return new SweptKey.Grid(key, values, log);
      }
      if (decl.type() != Hyperparameter.Type.DOUBLE
          && decl.type() != Hyperparameter.Type.INT
          && decl.type() != Hyperparameter.Type.LONG) {
        throw json.error(
            where, key + " is a " + decl.typeName() + " key; ranges need a number key");
      }
      if (v.size() != 2 || !v.get(0).isNumber() || !v.get(1).isNumber()) {
        throw json.error(where, "expected [low, high], two numbers, got " + v);
      }
      double low = v.get(0).doubleValue();
      double high = v.get(1).doubleValue();
      if (!(low < high)) {
        throw json.error(where, "low must be below high, got [" + low + ", " + high + "]");
      }
      if (kind.equals("log_uniform") && !(low > 0)) {
        throw json.error(where, "the low end must be above 0, got " + low);
      }
      parses(decl, TrialGenerator.valueText(decl, low), where);
      parses(decl, TrialGenerator.valueText(decl, high), where);
      return kind.equals("uniform")
          ? new SweptKey.Uniform(key, low, high)
          : new SweptKey.LogUniform(key, low, high);
    }

    private List<Long> seeds(JsonNode root) {
      if (!root.has("seeds")) {
        return List.of(0L);
      }
      JsonNode s = root.get("seeds");
      if (s.isIntegralNumber()) {
        long n = json.wholeNumber(s, "seeds", 1);
        return LongStream.range(0, n).boxed().toList();
      }
      if (!s.isArray() || s.isEmpty()) {
        throw json.error("seeds", "expected a count or a non-empty list of seeds, got " + s);
      }
      List<Long> seeds = new ArrayList<>();
      for (JsonNode x : s) {
        long seed = json.wholeNumber(x, "seeds", 0);
        if (seeds.contains(seed)) {
          throw json.error("seeds", "lists seed " + seed + " twice");
        }
        seeds.add(seed);
      }
      return seeds;
    }

    private RankMetric metric(JsonNode root) {
      JsonNode m = json.object(json.required(root, "metric"), "metric");
      json.onlyFields(m, "metric", Set.of("column", "goal"));
      String column = json.text(json.required(m, "column", "metric.column"), "metric.column");
      String goal = json.text(json.required(m, "goal", "metric.goal"), "metric.goal");
      if (!goal.equals("maximize") && !goal.equals("minimize")) {
        throw json.error(
            "metric.goal", "expected \"maximize\" or \"minimize\", got \"" + goal + "\"");
      }
      return new RankMetric(column, goal.equals("maximize"));
    }

    private Hyperparameter<?> declared(Hyperparameters hp, String key, String where) {
      if (key.equals("steps")) {
        throw json.error(where, "the step count is the top-level \"steps\"");
      }
      Hyperparameter<?> decl = hp.declarations().get(key);
      if (decl == null) {
        throw json.error(where, "unknown key '" + key + "'; valid keys: " + hp.validKeys());
      }
      return decl;
    }

    private void parses(Hyperparameter<?> decl, String value, String where) {
      try {
        decl.parse(value);
      } catch (IllegalArgumentException e) {
        throw json.error(where, e.getMessage());
      }
    }
  }
}
