package org.ganlab.experiments.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.ExperimentRunner;
import org.ganlab.experiments.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ganlab resume <run-dir>}. */
@Command(
    name = "resume",
    mixinStandardHelpOptions = true,
    description = "Continue a run from its newest intact checkpoint.")
final class ResumeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN_DIR")
  Path runDir;

  @Option(
      names = "--allow-data-change",
      description =
          "continue even if the data files'"
              + " SHA-256 differ from provenance.json (the change is recorded there)")
  boolean allowDataChange;

  @Mixin WorkersOption workers;

  @Override
  public Integer call() {
    RunResult r =
        new ExperimentRunner(new ExperimentRegistry(), System.out, System.console() != null)
            .resume(runDir, allowDataChange, workers.value());
    Summary.print(System.out, r);
    return 0;
  }
}
