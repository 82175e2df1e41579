package org.ganlab.experiments.bench;

import static org.ganlab.experiments.bench.BenchSuites.run;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.ganlab.core.data.FashionMnist;

/**
 * The {@code stabilizers} suite: DCGAN on Fashion-MNIST beside the same network with a spectrally
 * normalized discriminator (Miyato et al. 2018) and with DiffAugment (Zhao et al. 2020). The DCGAN
 * row is trained again here, so every row of the table comes from one run of one command; the suite
 * is separate from {@code fashion}, and the rows on a tenth of the data are a suite of their own
 * ({@link LowDataSuite}), so that each one's three seeds fit a sitting on two cores.
 */
final class StabilizersSuite {
  private StabilizersSuite() {}

  /** DiffAugment's three policies, as its paper uses them on small data. */
  static final String DIFF_AUGMENT = "diffaugment=color,translation,cutout";

  static BenchSuite create(boolean quick, Supplier<FashionMnist> fashion, Path cacheDir) {
    int n = quick ? BenchSuites.QUICK_SAMPLES : 2_000;
    long steps = quick ? 10 : 3_000;
    List<BenchEntry> entries =
        List.of(
            BenchEntry.of("DCGAN", run("dcgan", "dcgan", steps, n)),
            BenchEntry.of("SN-DCGAN", run("sn-dcgan", "sn-dcgan", steps, n)),
            BenchEntry.of(
                "DCGAN + DiffAugment", run("dcgan-diffaugment", "dcgan", steps, n, DIFF_AUGMENT)));
    return new BenchSuite(
        "stabilizers",
        "Fashion-MNIST: spectral norm and DiffAugment",
        quick,
        entries,
        List.of("fid", "kid", "precision", "recall"),
        List.of(new RealImagesReference("real training images (floor)", fashion, n, 0, cacheDir)),
        List.of(),
        List.of(
            "FID, KID (mean over 100 subsets), precision and recall (k = 3) of "
                + n
                + " generated images against the Fashion-MNIST test set, in the feature space of"
                + " ganlab's Fashion-MNIST classifier, as in the fashion suite.",
            "SN-DCGAN is the DCGAN generator against a spectrally normalized discriminator with"
                + " the hinge loss (Miyato et al. 2018). DiffAugment applies colour, translation"
                + " and cutout to every image D sees, real and generated (Zhao et al. 2020), whose"
                + " paper reports its largest FID gains with little data: the low-data suite"
                + " trains these rows on a tenth of the training set. No row here has a target:"
                + " the table says what each stabilizer does to a DCGAN that already trains."));
  }
}
