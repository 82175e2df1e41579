package org.ganlab.experiments.bench;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ganlab.core.config.Hyperparameters;

/**
 * One training configuration of a benchmark suite: what {@code ganlab run} is given, minus the
 * seed. Its runs live in {@code <bench>/runs/<id>/s<seed>}, so entries that read the same run (a
 * final row and a step-0 row, say) share one directory.
 *
 * @param id directory name of its runs (letters, digits, '-' and '_')
 * @param experiment shipped experiment name or Experiment class name
 * @param steps generator steps
 * @param assignments {@code key=value} overrides, as {@code --set} takes them
 */
public record RunSpec(String id, String experiment, long steps, List<String> assignments)
    implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

  /** Validates the id and copies the overrides. */
  public RunSpec {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("run id '" + id + "' must match " + ID);
    }
    assignments = List.copyOf(assignments);
  }

  /** This configuration with {@code steps} replaced. */
  public RunSpec withSteps(long newSteps) {
    return new RunSpec(id, experiment, newSteps, assignments);
  }

  /** This configuration with more overrides (later ones win). */
  public RunSpec with(String... more) {
    List<String> all = new ArrayList<>(assignments);
    all.addAll(List.of(more));
    return new RunSpec(id, experiment, steps, all);
  }

  /**
   * {@return the hyperparameters a run of this configuration trains with}
   *
   * @param defaults the experiment's own hyperparameters
   * @throws IllegalArgumentException naming the key the experiment refuses
   */
  public Hyperparameters hyperparameters(Hyperparameters defaults) {
    return defaults.with("steps", Long.toString(steps)).withAssignments(assignments);
  }

  /** The {@code ganlab run} arguments that reproduce one run, without {@code --out}. */
  public List<String> commandLine(long seed) {
    List<String> args = new ArrayList<>(List.of("run", experiment, "--seed", Long.toString(seed)));
    args.addAll(settings());
    return args;
  }

  /** Steps and overrides as {@code ganlab run} options: {@code --steps N --set k=v ...}. */
  public List<String> settings() {
    List<String> args = new ArrayList<>(List.of("--steps", Long.toString(steps)));
    for (String a : assignments) {
      args.add("--set");
      args.add(a);
    }
    return args;
  }
}
