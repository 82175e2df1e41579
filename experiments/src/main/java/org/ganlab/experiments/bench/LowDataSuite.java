package org.ganlab.experiments.bench;

import static org.ganlab.experiments.bench.BenchSuites.run;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.metrics.stats.Bound;

/**
 * The {@code low-data} suite: DCGAN trained on a tenth of the Fashion-MNIST training set, with and
 * without DiffAugment (Zhao et al. 2020), whose paper reports its largest FID gains when the data
 * are few. The same steps as the {@code stabilizers} suite's full-data rows, so the discriminator
 * sees each real image ten times as often.
 */
final class LowDataSuite {
  private LowDataSuite() {}

  private static final String TENTH = "images_per_class=600";
  private static final String PLAIN = "DCGAN, 10 % of the data";
  private static final String AUGMENTED = "DCGAN + DiffAugment, 10 % of the data";

  static BenchSuite create(boolean quick, Supplier<FashionMnist> fashion, Path cacheDir) {
    int n = quick ? BenchSuites.QUICK_SAMPLES : 2_000;
    long steps = quick ? 10 : 3_000;
    return new BenchSuite(
        "low-data",
        "Fashion-MNIST on a tenth of the data: DiffAugment",
        quick,
        List.of(
            BenchEntry.of(PLAIN, run("dcgan-10pct-data", "dcgan", steps, n, TENTH)),
            BenchEntry.of(
                AUGMENTED,
                run(
                    "dcgan-diffaugment-10pct-data",
                    "dcgan",
                    steps,
                    n,
                    TENTH,
                    StabilizersSuite.DIFF_AUGMENT))),
        List.of("fid", "kid", "precision", "recall"),
        List.of(new RealImagesReference("real training images (floor)", fashion, n, 0, cacheDir)),
        List.of(
            new QualityTarget(
                "DiffAugment lowers FID when the data are few, as its paper reports",
                List.of(AUGMENTED),
                List.of(Bound.atMostFractionOf("fid", 1.0, PLAIN)))),
        List.of(
            "FID, KID (mean over 100 subsets), precision and recall (k = 3) of "
                + n
                + " generated images against the Fashion-MNIST test set, in the feature space of"
                + " ganlab's Fashion-MNIST classifier, as in the fashion suite.",
            "Both rows train on the first 600 training images of each class"
                + " (images_per_class=600) for "
                + steps
                + " steps, the stabilizers suite's full-data steps; the second applies"
                + " DiffAugment's colour, translation and cutout to every image D sees, real and"
                + " generated. The floor row compares real training images from the whole"
                + " training set with the test set."));
  }
}
