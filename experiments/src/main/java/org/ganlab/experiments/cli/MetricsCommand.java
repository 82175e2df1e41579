package org.ganlab.experiments.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ganlab.metrics.DensityCoverage;
import org.ganlab.metrics.InceptionScore;
import org.ganlab.metrics.KernelInceptionDistance;
import org.ganlab.metrics.PrecisionRecall;
import org.ganlab.metrics.eval.FileMetrics;
import org.ganlab.metrics.eval.MetricInputKind;
import org.ganlab.metrics.eval.MetricInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ganlab metrics <fid|kid|is|pr|coverage> INPUT...}: a metric of feature files, FID
 * statistics, IDX image files or PNG folders, computed by the metrics module's {@link FileMetrics}
 * (inputs as {@link MetricInputs} reads them); this command parses the options and prints.
 *
 * <p>Each value is printed on its own line as {@code name value} (with {@code +- std} for the
 * metrics computed over subsets or splits) on standard output; what was read goes to standard
 * error, so scripts can parse standard output alone.
 */
@Command(
    name = "metrics",
    mixinStandardHelpOptions = true,
    description =
        "Compute an evaluation metric from feature files (.npy), FID statistics (.npz),"
            + " IDX image files or PNG folders.",
    subcommands = {
      MetricsCommand.Fid.class,
      MetricsCommand.Kid.class,
      MetricsCommand.Is.class,
      MetricsCommand.Pr.class,
      MetricsCommand.Coverage.class,
      MetricsCommand.Stats.class
    })
final class MetricsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code value} to 10 significant digits: plain notation, or E notation below 1e-4. */
  static String format(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    BigDecimal d = new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros();
    return value == 0 || Math.abs(value) >= 1e-4 ? d.toPlainString() : d.toString();
  }

  /** Prints {@code name value}. */
  static void print(String name, double value) {
    System.out.println(name + " " + format(value));
  }

  /** Prints {@code name mean +- std}. */
  static void print(String name, double mean, double std) {
    System.out.println(name + " " + format(mean) + " +- " + format(std));
  }

  /** Notes what an input gave, on standard error. */
  static void describe(String label, Path path, MetricInputs inputs, String what) {
    String via =
        MetricInputKind.of(path).isImages()
            ? " (images through " + inputs.extractor().name() + ")"
            : "";
    System.err.println(label + ": " + path + via + ": " + what);
  }

  /** Common parts of the subcommands: extractor options and the inputs' life cycle. */
  abstract static class MetricCommand implements Callable<Integer> {
    @Mixin ExtractorOptions extractor;

    @Override
    public final Integer call() {
      extractor.resolved(); // option errors before any file is read
      try (MetricInputs inputs = new MetricInputs(extractor::create)) {
        compute(new FileMetrics(inputs, (role, path, what) -> describe(role, path, inputs, what)));
      }
      return 0;
    }

    abstract void compute(FileMetrics metrics);
  }

  @Command(
      name = "fid",
      description = "Frechet Inception Distance of A and B (either may be .npz statistics).")
  static final class Fid extends MetricCommand {
    @Parameters(index = "0", paramLabel = "A")
    Path a;

    @Parameters(index = "1", paramLabel = "B")
    Path b;

    @Override
    void compute(FileMetrics metrics) {
      print("fid", metrics.fid(a, b));
    }
  }

  @Command(
      name = "stats",
      description =
          "Save the FID statistics (mu, sigma) of IMAGES' features as a .npz reference that fid"
              + " reads: an IDX file, a PNG folder, or a .npy of images (N x H x W x C in [0, 1]).")
  static final class Stats extends MetricCommand {
    @Parameters(index = "0", paramLabel = "IMAGES")
    Path images;

    @Option(
        names = {"-o", "--output"},
        required = true,
        paramLabel = "FILE.npz",
        description = "the statistics file to write")
    Path output;

    @Override
    void compute(FileMetrics metrics) {
      metrics.saveStatistics(images, output);
      System.out.println("wrote " + output.toAbsolutePath());
    }
  }

  @Command(
      name = "kid",
      description =
          "Kernel Inception Distance of A and B: mean +- std of the"
              + " unbiased MMD^2 over random subsets.")
  static final class Kid extends MetricCommand {
    @Parameters(index = "0", paramLabel = "A")
    Path a;

    @Parameters(index = "1", paramLabel = "B")
    Path b;

    @Option(names = "--subsets", description = "number of subsets (default ${DEFAULT-VALUE})")
    int subsets = KernelInceptionDistance.Config.DEFAULT.subsets();

    @Option(
        names = "--subset-size",
        description = "rows per subset, capped at the smaller set (default ${DEFAULT-VALUE})")
    int subsetSize = KernelInceptionDistance.Config.DEFAULT.subsetSize();

    @Option(names = "--seed", description = "seed of the subset sampler (default ${DEFAULT-VALUE})")
    long seed = 0;

    @Override
    void compute(FileMetrics metrics) {
      KernelInceptionDistance.Result r =
          metrics.kid(a, b, new KernelInceptionDistance.Config(subsets, subsetSize), seed);
      System.err.println("kid: " + subsets + " subsets of " + r.subsetSize() + ", seed " + seed);
      print("kid", r.mean(), r.std());
    }
  }

  @Command(
      name = "is",
      description =
          "Inception Score of IMAGES: mean +- std over splits, from"
              + " the extractor's class probabilities (or a .npy matrix of probabilities).")
  static final class Is extends MetricCommand {
    @Parameters(index = "0", paramLabel = "IMAGES")
    Path images;

    @Option(names = "--splits", description = "number of splits (default ${DEFAULT-VALUE})")
    int splits = InceptionScore.Config.DEFAULT.splits();

    @Override
    void compute(FileMetrics metrics) {
      InceptionScore.Result r = metrics.inceptionScore(images, new InceptionScore.Config(splits));
      print("is", r.mean(), r.std());
    }
  }

  /** The subcommands that score GENERATED against REAL with k-nearest-neighbour balls. */
  abstract static class NeighbourhoodCommand extends MetricCommand {
    @Parameters(index = "0", paramLabel = "REAL")
    Path real;

    @Parameters(index = "1", paramLabel = "GENERATED")
    Path generated;
  }

  @Command(
      name = "pr",
      description = "Improved precision and recall (k-NN manifolds) of GENERATED against REAL.")
  static final class Pr extends NeighbourhoodCommand {
    @Option(
        names = "--k",
        description = "nearest neighbour defining a radius (default ${DEFAULT-VALUE})")
    int k = PrecisionRecall.Config.DEFAULT.k();

    @Override
    void compute(FileMetrics metrics) {
      PrecisionRecall.Result res =
          metrics.precisionRecall(
              real,
              generated,
              new PrecisionRecall.Config(k, PrecisionRecall.Config.DEFAULT.blockRows()));
      print("precision", res.precision());
      print("recall", res.recall());
    }
  }

  @Command(
      name = "coverage",
      description =
          "Density and coverage (k-NN balls of the real samples) of GENERATED against REAL.")
  static final class Coverage extends NeighbourhoodCommand {
    @Option(
        names = "--k",
        description = "nearest neighbour defining a radius (default ${DEFAULT-VALUE})")
    int k = DensityCoverage.Config.DEFAULT.k();

    @Override
    void compute(FileMetrics metrics) {
      DensityCoverage.Result res =
          metrics.densityCoverage(
              real,
              generated,
              new DensityCoverage.Config(k, DensityCoverage.Config.DEFAULT.blockRows()));
      print("density", res.density());
      print("coverage", res.coverage());
    }
  }
}
