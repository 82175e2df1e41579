package org.ganlab.experiments.sweep;

import com.google.common.hash.Hashing;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.config.Hyperparameters;
import org.ganlab.experiments.bench.RunSpec;

/**
 * The trials of a sweep: every grid point (the product of the grid keys' lists, the first key
 * varying slowest) combined with every random draw. Draws come from a SplitMix64 stream seeded with
 * the file's random seed, keys drawn in alphabetical order, so a file always gives the same trials.
 * Drawn reals are rounded to 4 significant digits (and clamped into their range) so that {@code
 * --set} lines and ids stay readable; integer keys are rounded to whole numbers.
 */
public final class TrialGenerator {
  private static final int ID_SLUG = 40;

  private final Hyperparameters hyperparameters;

  /**
   * @param hyperparameters the experiment's keys (for their types)
   */
  public TrialGenerator(Hyperparameters hyperparameters) {
    this.hyperparameters = hyperparameters;
  }

  /**
   * {@return the sweep's trials, grid point by grid point, each with every draw in draw order;
   * duplicates (two draws of an integer key that round alike) appear once}
   *
   * @param sweep the sweep
   */
  public List<Trial> trials(SweepFile sweep) {
    List<Map<String, String>> points = List.of(Map.of());
    for (SweptKey k : sweep.keys()) {
      if (k instanceof SweptKey.Grid g) {
        List<Map<String, String>> next = new ArrayList<>();
        for (Map<String, String> p : points) {
          for (String v : g.values()) {
            Map<String, String> q = new LinkedHashMap<>(p);
            q.put(g.key(), v);
            next.add(q);
          }
        }
        points = next;
      }
    }
    List<Map<String, String>> draws = draws(sweep);
    Set<String> ids = new LinkedHashSet<>();
    List<Trial> trials = new ArrayList<>();
    for (Map<String, String> p : points) {
      for (Map<String, String> d : draws) {
        Map<String, String> values = new LinkedHashMap<>();
        for (SweptKey k : sweep.keys()) {
          values.put(k.key(), p.containsKey(k.key()) ? p.get(k.key()) : d.get(k.key()));
        }
        Trial t = trial(sweep, values);
        if (ids.add(t.id())) {
          trials.add(t);
        }
      }
    }
    return trials;
  }

  /** The random draws (one empty draw when nothing is random). */
  private List<Map<String, String>> draws(SweepFile sweep) {
    if (sweep.random().isEmpty()) {
      return List.of(Map.of());
    }
    List<SweptKey> ranges =
        sweep.keys().stream()
            .filter(k -> !(k instanceof SweptKey.Grid))
            .sorted(Comparator.comparing(SweptKey::key))
            .toList();
    SplittableRandom rng = new SplittableRandom(sweep.random().get().seed());
    List<Map<String, String>> draws = new ArrayList<>();
    for (int i = 0; i < sweep.random().get().budget(); i++) {
      Map<String, String> d = new LinkedHashMap<>();
      for (SweptKey k : ranges) {
        d.put(k.key(), valueText(hyperparameters.declarations().get(k.key()), draw(k, rng)));
      }
      draws.add(d);
    }
    return draws;
  }

  /** One value of a range key from the stream: uniform, or uniform in log space. */
  static double draw(SweptKey k, SplittableRandom rng) {
    double u = rng.nextDouble();
    double v;
    double low;
    double high;
    if (k instanceof SweptKey.Uniform r) {
      low = r.low();
      high = r.high();
      v = low + u * (high - low);
    } else if (k instanceof SweptKey.LogUniform r) {
      low = r.low();
      high = r.high();
      v = Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low)));
    } else {
      throw new IllegalArgumentException(k.key() + " is a grid key, not a range");
    }
    double rounded = new BigDecimal(v).round(new MathContext(4)).doubleValue();
    return Math.max(low, Math.min(high, rounded));
  }

  /**
   * {@return a drawn value as {@code --set} text: whole numbers for integer keys}
   *
   * @param decl the key's declaration
   * @param v the value
   */
  static String valueText(Hyperparameter<?> decl, double v) {
    return switch (decl.type()) {
      case INT, LONG -> Long.toString(Math.round(v));
      default -> Double.toString(v);
    };
  }

  private static Trial trial(SweepFile sweep, Map<String, String> values) {
    List<String> assignments = new ArrayList<>(sweep.fixed());
    values.forEach((k, v) -> assignments.add(k + "=" + v));
    RunSpec unnamed = new RunSpec("trial", sweep.experiment(), sweep.steps(), assignments);
    return new Trial(
        values,
        new RunSpec(
            id(sweep.experiment(), unnamed, values),
            sweep.experiment(),
            sweep.steps(),
            assignments));
  }

  /**
   * The trial's id: its swept values as a readable slug (letters, digits, '-', '_'; at most 40
   * characters) then 8 hex digits of the SHA-256 of its full command ({@code experiment --steps N
   * --set ...}), so it is stable for a line and differs when anything in the line does.
   */
  static String id(String experiment, RunSpec spec, Map<String, String> values) {
    StringBuilder slug = new StringBuilder();
    values.forEach(
        (k, v) -> slug.append(slug.length() == 0 ? "" : "_").append(k).append('-').append(v));
    String s = slug.toString().replaceAll("[^A-Za-z0-9_-]", "-");
    if (s.length() > ID_SLUG) {
      s = s.substring(0, ID_SLUG);
    }
    String line = experiment + " " + String.join(" ", spec.settings());
    String hash = Hashing.sha256().hashString(line, StandardCharsets.UTF_8).toString();
    return s + "-" + hash.substring(0, 8);
  }
}
