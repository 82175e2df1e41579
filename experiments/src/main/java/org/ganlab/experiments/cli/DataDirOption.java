package org.ganlab.experiments.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --data-dir}, shared by the commands that train: data files instead of the embedded. */
final class DataDirOption {
  @Option(
      names = "--data-dir",
      description = "read data files from here instead of the embedded copy")
  Path dataDir;

  Optional<Path> value() {
    return Optional.ofNullable(dataDir);
  }
}
