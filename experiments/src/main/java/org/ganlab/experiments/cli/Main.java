package org.ganlab.experiments.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** Entry point of the {@code ganlab} command. */
public final class Main {
  private Main() {}

  /** Runs the CLI and exits with its status. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /**
   * Runs the CLI and returns its exit status (for tests). {@code --debug} anywhere prints the stack
   * trace of a failure; without it every failure is one line.
   */
  public static int execute(String... args) {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    boolean debug = rest.remove("--debug");
    return commandLine()
        .setExecutionExceptionHandler(new ErrorHandler(debug))
        .execute(rest.toArray(new String[0]));
  }

  /** {@return the whole command tree, every bench suite included} */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new GanlabCommand());
    BenchCommand.addSuites(cli.getSubcommands().get("bench"));
    withHelp(cli);
    return cli;
  }

  /** --help and --version on every command of the tree, whatever its annotation says. */
  private static void withHelp(CommandLine cli) {
    cli.getCommandSpec().mixinStandardHelpOptions(true);
    cli.getSubcommands().values().forEach(Main::withHelp);
  }
}
