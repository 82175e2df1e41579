package org.ganlab.experiments.cli;

import picocli.CommandLine.Command;

/** The top-level {@code ganlab} command. */
@Command(
    name = "ganlab",
    mixinStandardHelpOptions = true,
    version = "ganlab 0.1.0",
    description = "GAN research framework on TensorFlow Java.",
    subcommands = {
      RunCommand.class,
      ResumeCommand.class,
      ListCommand.class,
      SampleCommand.class,
      EvalCommand.class,
      MetricsCommand.class,
      AnomalyCommand.class,
      BenchCommand.class,
      SweepCommand.class,
      PlotCommand.class,
      WorkerCommand.class
    })
public final class GanlabCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
