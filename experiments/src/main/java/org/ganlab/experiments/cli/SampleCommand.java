package org.ganlab.experiments.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.ExperimentRunner;
import org.ganlab.experiments.TextSamples;
import org.ganlab.metrics.io.SampleFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ganlab sample <run-dir> --n 64 [--labels 0,1,...] [--interpolate K] [--text CAPTION] -o
 * grid.png}.
 */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description =
        "Write samples of a run's checkpoint: a PNG grid (the default), a folder of PNGs, one"
            + " .npy array (N x H x W x C in [0, 1]) or the FID statistics (.npz) of their"
            + " features.")
final class SampleCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN_DIR")
  Path runDir;

  @Option(names = "--n", description = "number of samples (default ${DEFAULT-VALUE})")
  int n = 64;

  @Option(names = "--checkpoint", description = "checkpoint step (default: newest intact)")
  Long step;

  @Option(
      names = "--labels",
      split = ",",
      description = "classes for a conditional model; repeated cyclically to n")
  List<Integer> labels;

  @Option(
      names = {"-o", "--output"},
      required = true,
      description = "file (png, npy, npz) or folder (png-dir) to write")
  Path output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "png (a grid, the default), png-dir, npy or npz")
  String format = "png";

  @Option(
      names = "--interpolate",
      paramLabel = "K",
      description =
          "a PNG grid of n/K rows of K images, each row a slerp between two fixed latent codes")
  int interpolate;

  @Option(
      names = "--text",
      paramLabel = "CAPTION",
      description =
          "a caption for a text-to-image run, e.g. 'a dark sneaker': a PNG grid of n images")
  String text;

  @Mixin ExtractorOptions extractor;

  /** The most samples one picture holds (a 2D scatter plot takes up to 100,000 points). */
  static final int MAX_SAMPLES = 100_000;

  @Override
  public Integer call() {
    if (n < 1 || n > MAX_SAMPLES) {
      throw new ConfigException("--n must be in [1, " + MAX_SAMPLES + "], got " + n);
    }
    int[] y = null;
    if (labels != null && !labels.isEmpty()) {
      y = new int[n];
      for (int i = 0; i < n; i++) {
        y[i] = labels.get(i % labels.size());
      }
    }
    if (text != null) {
      if (labels != null || interpolate != 0 || !format.equals("png")) {
        throw new ConfigException("--text draws a PNG grid; it takes no --labels or --interpolate");
      }
      Path written =
          TextSamples.write(
              runDir,
              Optional.ofNullable(step),
              n,
              text,
              new ExperimentRegistry(),
              System.out,
              output);
      System.out.println("wrote " + written.toAbsolutePath());
      return 0;
    }
    ExperimentRunner runner = new ExperimentRunner(new ExperimentRegistry(), System.out, false);
    Path out;
    if (interpolate != 0 && (interpolate < 2 || !format.equals("png"))) {
      throw new ConfigException(
          "--interpolate needs K >= 2 and the png format, got " + interpolate);
    }
    if (format.equals("png")) {
      out = runner.sample(runDir, Optional.ofNullable(step), n, y, interpolate, output);
    } else {
      SampleFiles.Format f;
      try {
        f = SampleFiles.Format.named(format);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(e.getMessage().replace("formats: ", "formats: png, "));
      }
      if (f == SampleFiles.Format.NPZ) {
        extractor.resolved();
      }
      out =
          runner.sampleFiles(runDir, Optional.ofNullable(step), n, y, f, extractor::create, output);
    }
    System.out.println("wrote " + out.toAbsolutePath());
    return 0;
  }
}
