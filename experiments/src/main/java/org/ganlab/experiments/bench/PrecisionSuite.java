package org.ganlab.experiments.bench;

import static org.ganlab.experiments.bench.BenchSuites.run;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.metrics.stats.Bound;

/**
 * The {@code precision} suite: the quality check behind the default precision. Each configuration
 * is trained in float32 and with {@code precision=bf16} (bfloat16 mixed precision, float32
 * variables) at the same seeds; bf16 may become the default only where its rows are within one
 * standard deviation of the float32 rows over seeds: one row each of the fashion, modes and
 * conditional suites, as the default's rule asks. Needs a CPU with AVX-512 BF16 or AMX: elsewhere
 * the bf16 runs are refused.
 */
final class PrecisionSuite {
  private PrecisionSuite() {}

  private static final String BF16 = "precision=bf16";

  static BenchSuite create(boolean quick, Supplier<FashionMnist> fashion, Path cacheDir) {
    int n = quick ? BenchSuites.QUICK_SAMPLES : 2_000;
    long dcgan = quick ? 10 : 3_000;
    long grid = quick ? 100 : 5_000;
    int n2d = 2_500;
    String dcgan32 = "DCGAN fp32";
    String dcgan16 = "DCGAN bf16";
    String grid32 = "grid-25 NS-GAN + R1 fp32";
    String grid16 = "grid-25 NS-GAN + R1 bf16";
    long cas = ConditionalSuite.casSteps(quick);
    String acgan32 = "AC-GAN fp32";
    String acgan16 = "AC-GAN bf16";
    List<BenchEntry> entries =
        List.of(
            BenchEntry.of(dcgan32, run("dcgan", "dcgan", dcgan, n)),
            BenchEntry.of(dcgan16, run("dcgan-bf16", "dcgan", dcgan, n, BF16)),
            BenchEntry.of(grid32, BenchSuites.grid25NsR1("grid25-ns-r1", grid, n2d)),
            BenchEntry.of(grid16, BenchSuites.grid25NsR1("grid25-ns-r1-bf16", grid, n2d, BF16)),
            BenchEntry.of(acgan32, ConditionalSuite.acgan("acgan", quick, n)),
            BenchEntry.of(acgan16, ConditionalSuite.acgan("acgan-bf16", quick, n, BF16)));
    return new BenchSuite(
        "precision",
        "bf16 mixed precision against float32",
        quick,
        entries,
        List.of(
            "fid",
            "kid",
            "precision",
            "recall",
            "modes_captured",
            "high_quality",
            "conditional_accuracy",
            "intra_fid",
            "cas"),
        List.of(
            new RealImagesReference("real training images (floor)", fashion, n, 0, cacheDir),
            ConditionalSuite.realImages(
                "real training images, by class", fashion, n, cacheDir, quick)),
        List.of(
            new QualityTarget(
                "DCGAN in bf16 within one std of float32 (FID, precision and recall)",
                List.of(dcgan16),
                List.of(
                    Bound.withinOneStdOf("fid", false, dcgan32),
                    Bound.withinOneStdOf("precision", true, dcgan32),
                    Bound.withinOneStdOf("recall", true, dcgan32))),
            new QualityTarget(
                "grid-25 in bf16 within one std of float32 (modes captured, high-quality share)",
                List.of(grid16),
                List.of(
                    Bound.withinOneStdOf("modes_captured", true, grid32),
                    Bound.withinOneStdOf("high_quality", true, grid32))),
            new QualityTarget(
                "AC-GAN in bf16 within one std of float32 (conditional accuracy, intra-class FID,"
                    + " FID)",
                List.of(acgan16),
                List.of(
                    Bound.withinOneStdOf("conditional_accuracy", true, acgan32),
                    Bound.withinOneStdOf("intra_fid", false, acgan32),
                    Bound.withinOneStdOf("fid", false, acgan32)))),
        List.of(
            "precision=bf16 runs matrix multiplications and convolutions in bfloat16 through"
                + " TensorFlow's auto-mixed-precision rewrite; variables, optimizer slots,"
                + " checkpoints, losses and batch-norm statistics stay float32"
                + " (docs/design.md, \"Speed: the raw baseline and bf16 mixed precision\"). Each"
                + " bf16 row is its float32 row with that one key changed, at the same seeds.",
            "DCGAN rows: FID, KID, precision and recall of "
                + n
                + " generated images against the Fashion-MNIST test set in the project"
                + " classifier's feature space, as in the fashion suite. grid-25 rows: the modes"
                + " suite's row that finds all 25 modes (R1 penalty, so bf16 also meets a"
                + " gradient penalty's double backpropagation), "
                + n2d
                + " samples. AC-GAN rows: the conditional suite's AC-GAN row, scored as there"
                + " (conditional accuracy by the Fashion classifier, intra-class FID, and the"
                + " Classification Accuracy Score of a classifier trained "
                + cas
                + " Adam steps on the evaluated images).",
            "The targets compare means: a bf16 mean may be worse than the float32 mean by at"
                + " most the float32 rows' sample standard deviation over seeds. The train min"
                + " column is no speed verdict (ganlab bench speed measures that, against a"
                + " baseline timed in the same run)."));
  }
}
