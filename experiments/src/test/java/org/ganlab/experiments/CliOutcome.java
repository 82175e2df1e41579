package org.ganlab.experiments;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.ganlab.experiments.cli.Main;

/**
 * What one in-process {@code ganlab} invocation returned and printed (tests only).
 *
 * @param code exit status
 * @param out standard output
 * @param err standard error
 */
public record CliOutcome(int code, String out, String err) {
  /** Runs the CLI with {@code args}, capturing System.out and System.err. */
  public static CliOutcome run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Main.execute(args);
      return new CliOutcome(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
