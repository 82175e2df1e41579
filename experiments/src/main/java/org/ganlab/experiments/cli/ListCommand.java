package org.ganlab.experiments.cli;

import java.util.List;
import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.ExperimentRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ganlab list [EXPERIMENT]}. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the shipped experiments, or one experiment's hyperparameters.")
final class ListCommand implements Runnable {
  @Parameters(
      arity = "0..1",
      paramLabel = "EXPERIMENT",
      description = "An experiment name or class: print its keys as a Markdown table.")
  private String experiment;

  @Override
  public void run() {
    ExperimentRegistry registry = new ExperimentRegistry();
    if (experiment != null) {
      Experiment e = registry.create(experiment);
      System.out.println(e.name() + ": " + e.description() + "\n");
      System.out.print(e.hyperparameters().markdownTable());
      return;
    }
    List<Experiment> shipped = registry.shipped();
    // The name column is as wide as the longest name, so descriptions line up.
    int width = shipped.stream().mapToInt(e -> e.name().length()).max().orElse(0);
    for (Experiment e : shipped) {
      System.out.printf("%-" + width + "s  %s%n", e.name(), e.description());
    }
  }
}
