package org.ganlab.experiments.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ganlab.experiments.bench.RunSpec;

/**
 * One point of a sweep's search space: the swept keys' values and the run configuration they give.
 * Its runs live in {@code runs/<id>/s<seed>}.
 *
 * @param values each swept key's value, in the file's key order
 * @param spec the configuration: the experiment, steps, the fixed then the swept overrides; its id
 *     is the trial's
 */
public record Trial(Map<String, String> values, RunSpec spec) {
  /** Copies the values, keeping their order. */
  public Trial {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** {@return the trial's id, its run directories' parent name} */
  public String id() {
    return spec.id();
  }

  /** {@return the {@code ganlab run} options of its runs: {@code --steps N --set k=v ...}} */
  public String setLine() {
    return String.join(" ", spec.settings());
  }
}
