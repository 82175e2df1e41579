package org.ganlab.experiments.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.ganlab.core.data.ClassSubset;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.metrics.ClassificationAccuracyScore;

/**
 * The {@code bias} suite: GANs trained on a deliberately imbalanced Fashion-MNIST (five classes
 * kept at a tenth of their images) and the share of those minority classes among their samples, as
 * the project's classifier reads them, against their share in the data. The same code scores the
 * thinned training images themselves, so the classifier's own confusions are measured too.
 */
final class BiasSuite {
  /** The thinned classes: T-shirt/top, pullover, coat, shirt and bag. */
  static final ClassSubset IMBALANCE = new ClassSubset(new TreeSet<>(Set.of(0, 2, 4, 6, 8)), 0.1);

  private BiasSuite() {}

  static BenchSuite create(boolean quick, Supplier<FashionMnist> fashion, Path cacheDir) {
    int n = quick ? BenchSuites.QUICK_SAMPLES : 2_000;
    List<BenchEntry> e =
        List.of(
            BenchEntry.of("NS-GAN (DCGAN)", run("ns", "dcgan", quick ? 10 : 2_000, n)),
            BenchEntry.of(
                "hinge (DCGAN)", run("hinge", "dcgan", quick ? 10 : 2_000, n, "loss=hinge")),
            BenchEntry.of(
                "WGAN-GP",
                run("wgan-gp", "wgan-gp", quick ? BenchSuites.QUICK_CRITIC_STEPS : 600, n)),
            BenchEntry.of(
                "conditional (projection), labels at the data's shares",
                run(
                    "projection",
                    "cgan-projection",
                    quick ? 6 : 1_000,
                    n,
                    // The default in full (so the published runs stay this row's), brief in quick.
                    "cas_steps="
                        + (quick ? 5 : ClassificationAccuracyScore.DEFAULT_RECIPE.steps()))));
    return new BenchSuite(
        "bias",
        "Biased outputs: minority classes in, minority classes out",
        quick,
        e,
        List.of("minority_amplification", "class_tv", "fid"),
        List.of(
            new RealImagesReference(
                "real images of the thinned training set", fashion, n, 0, cacheDir, IMBALANCE)),
        List.of(),
        List.of(
            "Training data: Fashion-MNIST with classes 0, 2, 4, 6 and 8 (T-shirt/top, pullover,"
                + " coat, shirt, bag) cut to the first tenth of their images (minority_classes and"
                + " minority_fraction), so together they are 1/11 of the 33,000 images."
                + " minority_amplification: the minority classes' share among "
                + n
                + " generated images, each labelled by the Fashion classifier, over their share"
                + " in the data; 1 keeps the data's balance, below 1 drops the rare classes"
                + " further (the effect Jain et al. 2020 reported for DCGAN and ProGAN on faces)."
                + " class_tv: total-variation distance between the generated and the data's"
                + " class shares. Per-class shares are in each run's class_balance.csv.",
            "The conditional row requests labels in the data's proportions (Generation.labelsAt),"
                + " so its shares show whether the generator honours rare labels. The real-image"
                + " row is the thinned training set scored the same way: its amplification is not"
                + " exactly 1 because the classifier confuses some classes (shirts with T-shirts,"
                + " coats with pullovers), the floor a generator's figure is read against."));
  }

  private static RunSpec run(String id, String experiment, long steps, int n, String... sets) {
    List<String> all = new ArrayList<>(List.of(sets));
    all.add("minority_classes=0,2,4,6,8");
    all.add("minority_fraction=0.1");
    all.add("eval_samples=" + n);
    return new RunSpec(id, experiment, steps, all);
  }
}
