package org.ganlab.experiments.cli;

import java.util.concurrent.Callable;
import org.ganlab.metrics.bench.FidBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ganlab bench fid [--n 10000] [--dim 2048] [--seed 1] [--no-textbook]}: times FID with the
 * metrics module's formulation (Cholesky factor and symmetric eigenvalues) and with the textbook
 * {@code MatrixSquareRoot(S1 S2)}, in one run ({@link FidBenchmark}).
 */
@Command(
    name = "fid",
    mixinStandardHelpOptions = true,
    description =
        "Time FID of two random feature sets: ganlab's formulation (Cholesky factor and"
            + " symmetric eigenvalues) against the textbook matrix square root of S1 S2; prints both"
            + " timings, the ratio and the relative difference of the values.")
final class BenchFidCommand implements Callable<Integer> {
  @Option(names = "--n", description = "samples per set (default ${DEFAULT-VALUE})")
  int n = FidBenchmark.Config.DEFAULT.samples();

  @Option(names = "--dim", description = "feature dimension (default ${DEFAULT-VALUE})")
  int dim = FidBenchmark.Config.DEFAULT.dim();

  @Option(names = "--seed", description = "seed of the random features (default ${DEFAULT-VALUE})")
  long seed = FidBenchmark.Config.DEFAULT.seed();

  @Option(
      names = "--no-textbook",
      description =
          "time ganlab's FID alone: the textbook square root takes minutes at the default size")
  boolean noTextbook;

  @Override
  public Integer call() {
    FidBenchmark.Config config = new FidBenchmark.Config(n, dim, seed, !noTextbook);
    System.out.print(FidBenchmark.run(config).report());
    return 0;
  }
}
