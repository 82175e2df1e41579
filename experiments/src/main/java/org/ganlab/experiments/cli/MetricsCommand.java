package org.ganlab.experiments.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ganlab.experiments.ConfigException;
import org.ganlab.metrics.DensityCoverage;
import org.ganlab.metrics.FeatureMatrix;
import org.ganlab.metrics.FeatureStatistics;
import org.ganlab.metrics.FrechetInceptionDistance;
import org.ganlab.metrics.InceptionScore;
import org.ganlab.metrics.KernelInceptionDistance;
import org.ganlab.metrics.PrecisionRecall;
import org.ganlab.metrics.eval.MetricInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ganlab metrics <fid|kid|is|pr|coverage> INPUT...}: a metric of feature files, FID
 * statistics, IDX image files or PNG folders (see {@link MetricInputs}).
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
      MetricsCommand.Coverage.class
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
        MetricInputs.kindOf(path).isImages()
            ? " (images through " + inputs.extractor().name() + ")"
            : "";
    System.err.println(label + ": " + path + via + ": " + what);
  }

  static void requireSameDim(Path a, int da, Path b, int db) {
    if (da != db) {
      throw new ConfigException(
          "feature dimensions differ: "
              + a
              + " has "
              + da
              + ", "
              + b
              + " has "
              + db
              + " (use the same extractor for both)");
    }
  }

  static String shape(FeatureMatrix m) {
    return m.rows() + " x " + m.cols() + " features";
  }

  /** Common parts of the subcommands: extractor options and the inputs' life cycle. */
  abstract static class MetricCommand implements Callable<Integer> {
    @Mixin ExtractorOptions extractor;

    @Override
    public final Integer call() {
      extractor.resolved(); // option errors before any file is read
      try (MetricInputs inputs = new MetricInputs(extractor::create)) {
        compute(inputs);
      }
      return 0;
    }

    abstract void compute(MetricInputs inputs);

    FeatureMatrix features(MetricInputs inputs, String label, Path path, String metric) {
      FeatureMatrix m = inputs.features(path, metric);
      describe(label, path, inputs, shape(m));
      return m;
    }
  }

  @Command(
      name = "fid",
      description = "Frechet Inception Distance of A and B (either may be" + " .npz statistics).")
  static final class Fid extends MetricCommand {
    @Parameters(index = "0", paramLabel = "A")
    Path a;

    @Parameters(index = "1", paramLabel = "B")
    Path b;

    @Override
    void compute(MetricInputs inputs) {
      FrechetInceptionDistance fid = new FrechetInceptionDistance();
      FeatureStatistics sa = statistics(inputs, "A", a, fid);
      FeatureStatistics sb = statistics(inputs, "B", b, fid);
      requireSameDim(a, sa.dim(), b, sb.dim());
      print("fid", fid.distance(sa, sb));
    }

    private static FeatureStatistics statistics(
        MetricInputs inputs, String label, Path path, FrechetInceptionDistance fid) {
      FeatureStatistics s = inputs.statistics(path, fid);
      describe(
          label,
          path,
          inputs,
          s.n() == FeatureStatistics.UNKNOWN_COUNT
              ? "statistics of dimension " + s.dim()
              : s.n() + " x " + s.dim() + " features");
      return s;
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
        description = "rows per subset, capped at the smaller set" + " (default ${DEFAULT-VALUE})")
    int subsetSize = KernelInceptionDistance.Config.DEFAULT.subsetSize();

    @Option(names = "--seed", description = "seed of the subset sampler (default ${DEFAULT-VALUE})")
    long seed = 0;

    @Override
    void compute(MetricInputs inputs) {
      KernelInceptionDistance kid =
          new KernelInceptionDistance(new KernelInceptionDistance.Config(subsets, subsetSize));
      FeatureMatrix x = features(inputs, "A", a, "kid");
      FeatureMatrix y = features(inputs, "B", b, "kid");
      requireSameDim(a, x.cols(), b, y.cols());
      KernelInceptionDistance.Result r = kid.compute(x, y, seed);
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
    void compute(MetricInputs inputs) {
      InceptionScore score = new InceptionScore(new InceptionScore.Config(splits));
      FeatureMatrix p = inputs.probabilities(images, "is");
      describe("IMAGES", images, inputs, p.rows() + " x " + p.cols() + " class probabilities");
      InceptionScore.Result r;
      try {
        r = score.compute(p);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(images + ": " + e.getMessage());
      }
      print("is", r.mean(), r.std());
    }
  }

  @Command(
      name = "pr",
      description =
          "Improved precision and recall (k-NN manifolds) of" + " GENERATED against REAL.")
  static final class Pr extends MetricCommand {
    @Parameters(index = "0", paramLabel = "REAL")
    Path real;

    @Parameters(index = "1", paramLabel = "GENERATED")
    Path generated;

    @Option(
        names = "--k",
        description = "nearest neighbour defining a radius (default" + " ${DEFAULT-VALUE})")
    int k = PrecisionRecall.Config.DEFAULT.k();

    @Override
    void compute(MetricInputs inputs) {
      PrecisionRecall pr =
          new PrecisionRecall(
              new PrecisionRecall.Config(k, PrecisionRecall.Config.DEFAULT.blockRows()));
      FeatureMatrix r = features(inputs, "REAL", real, "pr");
      FeatureMatrix g = features(inputs, "GENERATED", generated, "pr");
      requireSameDim(real, r.cols(), generated, g.cols());
      PrecisionRecall.Result res = pr.compute(r, g);
      print("precision", res.precision());
      print("recall", res.recall());
    }
  }

  @Command(
      name = "coverage",
      description =
          "Density and coverage (k-NN balls of the real" + " samples) of GENERATED against REAL.")
  static final class Coverage extends MetricCommand {
    @Parameters(index = "0", paramLabel = "REAL")
    Path real;

    @Parameters(index = "1", paramLabel = "GENERATED")
    Path generated;

    @Option(
        names = "--k",
        description = "nearest neighbour defining a radius (default" + " ${DEFAULT-VALUE})")
    int k = DensityCoverage.Config.DEFAULT.k();

    @Override
    void compute(MetricInputs inputs) {
      DensityCoverage dc =
          new DensityCoverage(
              new DensityCoverage.Config(k, DensityCoverage.Config.DEFAULT.blockRows()));
      FeatureMatrix r = features(inputs, "REAL", real, "coverage");
      FeatureMatrix g = features(inputs, "GENERATED", generated, "coverage");
      requireSameDim(real, r.cols(), generated, g.cols());
      DensityCoverage.Result res = dc.compute(r, g);
      print("density", res.density());
      print("coverage", res.coverage());
    }
  }
}
