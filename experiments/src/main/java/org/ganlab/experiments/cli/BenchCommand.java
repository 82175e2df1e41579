package org.ganlab.experiments.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ganlab bench <subcommand>}: benchmarks. Each benchmark is a subcommand of its own
 * ({@code fid} for now); benchmark suites over many runs are added as further subcommands.
 */
@Command(name = "bench", description = "Run benchmarks.",
    subcommands = {BenchFidCommand.class})
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
