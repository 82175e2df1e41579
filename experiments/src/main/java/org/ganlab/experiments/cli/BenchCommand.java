package org.ganlab.experiments.cli;

import org.ganlab.experiments.bench.BenchSuites;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ganlab bench <subcommand>}: benchmarks. {@code fid} times the FID computation; the suites
 * ({@link BenchSuites#NAMES}) train many runs and write a table.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Run benchmarks.",
    subcommands = {BenchFidCommand.class, BenchSpeedCommand.class, BenchCollectCommand.class})
final class BenchCommand implements Runnable {
  /** Adds one subcommand per benchmark suite to {@code bench}. */
  static void addSuites(CommandLine bench) {
    for (String suite : BenchSuites.NAMES) {
      bench.addSubcommand(suite, new BenchSuiteCommand(suite));
    }
  }

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
