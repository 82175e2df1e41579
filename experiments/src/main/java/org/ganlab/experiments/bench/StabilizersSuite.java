package org.ganlab.experiments.bench;

import static org.ganlab.experiments.bench.BenchSuites.run;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.metrics.stats.Bound;

/**
 * The {@code stabilizers} suite: DCGAN on Fashion-MNIST beside the same network with a spectrally
 * normalized discriminator (Miyato et al. 2018) and with DiffAugment (Zhao et al. 2020), on all of
 * the training set and on a tenth of it. The DCGAN row is trained again here, so every row of the
 * table comes from one run of one command; the suite is separate from {@code fashion} so that its
 * three seeds fit an afternoon on two cores.
 */
final class StabilizersSuite {
  private StabilizersSuite() {}

  private static final String DIFF_AUGMENT = "diffaugment=color,translation,cutout";
  private static final String TENTH = "images_per_class=600";
  private static final String DCGAN = "DCGAN";
  private static final String TENTH_PLAIN = "DCGAN, 10 % of the data";
  private static final String TENTH_AUGMENTED = "DCGAN + DiffAugment, 10 % of the data";

  static BenchSuite create(boolean quick, Supplier<FashionMnist> fashion, Path cacheDir) {
    int n = quick ? 500 : 2_000;
    long steps = quick ? 10 : 3_000;
    List<BenchEntry> entries =
        List.of(
            BenchEntry.of(DCGAN, run("dcgan", "dcgan", steps, n)),
            BenchEntry.of("SN-DCGAN", run("sn-dcgan", "sn-dcgan", steps, n)),
            BenchEntry.of(
                "DCGAN + DiffAugment", run("dcgan-diffaugment", "dcgan", steps, n, DIFF_AUGMENT)),
            BenchEntry.of(TENTH_PLAIN, run("dcgan-10pct-data", "dcgan", steps, n, TENTH)),
            BenchEntry.of(
                TENTH_AUGMENTED,
                run("dcgan-diffaugment-10pct-data", "dcgan", steps, n, TENTH, DIFF_AUGMENT)));
    return new BenchSuite(
        "stabilizers",
        "Fashion-MNIST: spectral norm, DiffAugment and a tenth of the data",
        quick,
        entries,
        List.of("fid", "kid", "precision", "recall"),
        List.of(new RealImagesReference("real training images (floor)", fashion, n, 0, cacheDir)),
        List.of(
            new QualityTarget(
                "DiffAugment lowers FID when the data are few, as its paper reports",
                List.of(TENTH_AUGMENTED),
                List.of(Bound.atMostFractionOf("fid", 1.0, TENTH_PLAIN)))),
        List.of(
            "FID, KID (mean over 100 subsets), precision and recall (k = 3) of "
                + n
                + " generated images against the Fashion-MNIST test set, in the feature space of"
                + " ganlab's Fashion-MNIST classifier, as in the fashion suite.",
            "SN-DCGAN is the DCGAN generator against a spectrally normalized discriminator with"
                + " the hinge loss (Miyato et al. 2018). DiffAugment applies colour, translation"
                + " and cutout to every image D sees, real and generated (Zhao et al. 2020), whose"
                + " paper reports its largest FID gains with little data. The 10 % rows train on"
                + " the first 600 training images of each class (images_per_class=600) for the"
                + " same "
                + steps
                + " steps as the others, with and without DiffAugment."));
  }
}
