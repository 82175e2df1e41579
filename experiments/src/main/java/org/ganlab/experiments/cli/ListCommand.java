package org.ganlab.experiments.cli;

import org.ganlab.experiments.Experiment;
import org.ganlab.experiments.ExperimentRegistry;
import picocli.CommandLine.Command;

/** {@code ganlab list}. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the shipped experiments.")
final class ListCommand implements Runnable {
  @Override
  public void run() {
    for (Experiment e : new ExperimentRegistry().shipped()) {
      System.out.printf("%-16s %s%n", e.name(), e.description());
    }
  }
}
