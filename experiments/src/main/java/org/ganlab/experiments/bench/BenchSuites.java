package org.ganlab.experiments.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.experiments.ConfigException;
import org.ganlab.metrics.stats.Bound;

/**
 * The benchmark suites {@code ganlab bench} runs: {@code modes}, {@code fashion}, {@code
 * stabilizers} ({@link StabilizersSuite}), {@code low-data} ({@link LowDataSuite}), {@code
 * precision} ({@link PrecisionSuite}), {@code conditional}, {@code translation} ({@link
 * TranslationSuite}), {@code text} ({@link TextSuite}), {@code text-to-image} ({@link
 * TextToImageSuite}), {@code bias} ({@link BiasSuite}), {@code anomaly} ({@link AnomalySuite}),
 * {@code augmentation} ({@link AugmentationSuite}) and {@code paired} ({@link PairedSuite}: pix2pix
 * and super-resolution). Each exists at its default settings (the published table; a few hours on
 * two cores) and as a quick variant (minutes; what the build runs).
 */
public final class BenchSuites {
  /** The suite names, in the order the docs list them. */
  public static final List<String> NAMES =
      List.of(
          "modes",
          "fashion",
          "stabilizers",
          "low-data",
          "precision",
          "conditional",
          "translation",
          "text",
          "text-to-image",
          "bias",
          "anomaly",
          "augmentation",
          "paired");

  // The 2D rows' shared settings: the NS-GAN rate that finds every mode quickly, annealed to
  // zero over the second half of the run so the samples settle on the modes (docs/design.md).
  private static final String LR_1E3_G = "lr_g=1e-3";
  private static final String LR_1E3_D = "lr_d=1e-3";
  private static final String DECAY_HALF = "lr_decay=0.5";
  private static final String R1 = "r1_gamma=0.1";

  /**
   * Evaluation samples of a quick variant's image rows: few, since its numbers are not results, and
   * enough for every metric to be finite.
   */
  static final int QUICK_SAMPLES = 200;

  /**
   * Steps of a quick variant's rows with five or more D updates per G update (WGAN-GP, the
   * projection cGAN): each step is several updates, so fewer steps show the same pipeline.
   */
  static final long QUICK_CRITIC_STEPS = 3;

  private final boolean quick;
  private final Supplier<FashionMnist> fashion;
  private final Path cacheDir;
  private final Optional<Path> dataDir;

  /**
   * @param quick the minutes-long variants
   * @param dataDir Fashion-MNIST files instead of the embedded copy
   * @param cacheDir the reference-feature cache of the reference rows
   */
  public BenchSuites(boolean quick, Optional<Path> dataDir, Path cacheDir) {
    this.quick = quick;
    this.fashion = () -> dataDir.map(FashionMnist::fromDirectory).orElseGet(FashionMnist::embedded);
    this.cacheDir = cacheDir;
    this.dataDir = dataDir;
  }

  /** The suite called {@code name}. */
  public BenchSuite named(String name) {
    return switch (name) {
      case "modes" -> modes();
      case "fashion" -> fashion();
      case "stabilizers" -> StabilizersSuite.create(quick, fashion, cacheDir);
      case "low-data" -> LowDataSuite.create(quick, fashion, cacheDir);
      case "precision" -> PrecisionSuite.create(quick, fashion, cacheDir);
      case "conditional" -> ConditionalSuite.create(quick, fashion, cacheDir);
      case "translation" -> TranslationSuite.create(quick, fashion);
      case "text" -> TextSuite.create(quick, dataDir);
      case "text-to-image" -> TextToImageSuite.create(quick, fashion, cacheDir);
      case "bias" -> BiasSuite.create(quick, fashion, cacheDir);
      case "anomaly" -> AnomalySuite.create(quick, fashion);
      case "augmentation" -> AugmentationSuite.create(quick, fashion);
      case "paired" -> PairedSuite.create(quick, fashion);
      default ->
          throw new ConfigException(
              "unknown bench suite '" + name + "'; suites: " + String.join(", ", NAMES));
    };
  }

  /** {@code full} steps, or {@code quick} in the quick variant. */
  private long steps(long full, long quickSteps) {
    return quick ? quickSteps : full;
  }

  /** Evaluation samples: {@code full}, or fewer in the quick variant. */
  private int samples(int full, int quickSamples) {
    return quick ? quickSamples : full;
  }

  /** A run of {@code experiment} with {@code eval_samples} set, as every suite's rows are. */
  static RunSpec run(String id, String experiment, long steps, int evalSamples, String... sets) {
    List<String> all = new ArrayList<>(List.of(sets));
    all.add("eval_samples=" + evalSamples);
    return new RunSpec(id, experiment, steps, all);
  }

  /**
   * The modes suite's grid-25 NS-GAN + R1 row, the one that finds all 25 modes on every seed;
   * {@code extra} settings are added to its own.
   */
  static RunSpec grid25NsR1(String id, long steps, int samples, String... extra) {
    List<String> sets = new ArrayList<>(List.of(LR_1E3_G, LR_1E3_D, DECAY_HALF, R1));
    sets.addAll(List.of(extra));
    return run(id, "gan-grid25", steps, samples, sets.toArray(String[]::new));
  }

  BenchSuite modes() {
    int n2d = 2_500;
    int nStacked = samples(26_000, 1_000);
    long ring = steps(4_000, 100);
    long wgan2d = steps(3_000, 40);
    long grid = steps(5_000, 100);
    long stacked = steps(1_000, 10);
    long stackedWgan = steps(600, QUICK_CRITIC_STEPS);
    List<BenchEntry> e =
        List.of(
            BenchEntry.of(
                "ring-8 NS-GAN",
                run("ring8-ns", "gan-ring8", ring, n2d, LR_1E3_G, LR_1E3_D, DECAY_HALF)),
            BenchEntry.of(
                "ring-8 WGAN-GP", run("ring8-wgan-gp", "wgan-gp-ring8", wgan2d, n2d, DECAY_HALF)),
            BenchEntry.of(
                "ring-8 NS-GAN + R1",
                run("ring8-ns-r1", "gan-ring8", ring, n2d, LR_1E3_G, LR_1E3_D, DECAY_HALF, R1)),
            BenchEntry.of(
                "grid-25 NS-GAN",
                run("grid25-ns", "gan-grid25", grid, n2d, LR_1E3_G, LR_1E3_D, DECAY_HALF)),
            BenchEntry.of(
                "grid-25 WGAN-GP",
                run("grid25-wgan-gp", "wgan-gp-grid25", wgan2d, n2d, DECAY_HALF)),
            BenchEntry.of("grid-25 NS-GAN + R1", grid25NsR1("grid25-ns-r1", grid, n2d)),
            BenchEntry.of(
                "stacked DCGAN", run("stacked-dcgan", "dcgan-stacked", stacked, nStacked)),
            BenchEntry.of(
                "stacked WGAN-GP",
                run("stacked-wgan-gp", "wgan-gp-stacked", stackedWgan, nStacked)));
    return new BenchSuite(
        "modes",
        "Mode collapse: 2D mixtures and stacked Fashion-MNIST",
        quick,
        e,
        List.of("modes_captured", "high_quality", "modes_covered", "kl_to_uniform"),
        List.of(),
        List.of(
            new QualityTarget(
                "ring-8: all 8 modes",
                List.of("ring-8 NS-GAN", "ring-8 WGAN-GP", "ring-8 NS-GAN + R1"),
                List.of(Bound.atLeast("modes_captured", 8))),
            new QualityTarget(
                "grid-25: at least 24 of 25 modes with at least 80 % high-quality"
                    + " samples (VEEGAN 24.6 / 40 %, PacGAN 23.8 / 91 %)",
                List.of("grid-25 NS-GAN", "grid-25 WGAN-GP", "grid-25 NS-GAN + R1"),
                List.of(Bound.atLeast("modes_captured", 24), Bound.atLeast("high_quality", 0.8))),
            new QualityTarget(
                "stacked Fashion-MNIST: at least 900 of 1000 modes",
                List.of("stacked DCGAN", "stacked WGAN-GP"),
                List.of(Bound.atLeast("modes_covered", 900)))),
        List.of(
            "2D mixtures: "
                + n2d
                + " samples; a mode is captured when at least one"
                + " sample lies within 3 standard deviations of its centre, high_quality is the"
                + " share of samples within 3 standard deviations of some centre. All 2D rows"
                + " anneal their learning rates linearly to zero over the second half of the run"
                + " (lr_decay 0.5), so that they settle instead of circling the equilibrium"
                + " (docs/design.md, \"Learning-rate decay and packing\"). Stacked"
                + " Fashion-MNIST: "
                + nStacked
                + " samples, each labelled by the Fashion"
                + " classifier channel by channel; modes_covered counts the label triples seen,"
                + " kl_to_uniform is KL(label-triple histogram || uniform over 1000).",
            "modes_covered counts the classifier's label triples whatever the images look"
                + " like, so read the count with the grids: it says the generator spreads over"
                + " the label space, not that it draws good garments."));
  }

  BenchSuite fashion() {
    int n = samples(2_000, QUICK_SAMPLES);
    long dcgan = steps(3_000, 10);
    long wgan = steps(1_000, QUICK_CRITIC_STEPS);
    RunSpec dc = run("dcgan", "dcgan", dcgan, n);
    String dcLabel = "DCGAN";
    String untrained = "DCGAN untrained (step 0)";
    String onePercent = "DCGAN, 1 % of the steps";
    List<BenchEntry> e =
        List.of(
            BenchEntry.of(dcLabel, dc),
            BenchEntry.of("LSGAN", run("lsgan", "dcgan", dcgan, n, "loss=least-squares")),
            BenchEntry.of("Hinge", run("hinge", "dcgan", dcgan, n, "loss=hinge")),
            BenchEntry.of("WGAN-GP", run("wgan-gp", "wgan-gp", wgan, n)),
            BenchEntry.atStep(untrained, dc, 0),
            BenchEntry.of(onePercent, run("dcgan-1pct", "dcgan", Math.max(1, dcgan / 100), n)));
    String floor = "real training images (floor)";
    return new BenchSuite(
        "fashion",
        "Fashion-MNIST: losses and architectures",
        quick,
        e,
        List.of("fid", "kid", "precision", "recall"),
        List.of(new RealImagesReference(floor, fashion, n, 0, cacheDir)),
        List.of(
            clearlyBetter(dcLabel, untrained, onePercent),
            clearlyBetter("WGAN-GP", untrained, onePercent)),
        List.of(
            "FID, KID (mean over 100 subsets), precision and recall (k = 3) of "
                + n
                + " generated images against the Fashion-MNIST test set, in the feature space of"
                + " ganlab's Fashion-MNIST classifier (docs/metrics-extractors.md), not"
                + " Inception: the numbers are comparable within ganlab, not with papers' FIDs.",
            "Precision alone can flatter a collapsed generator: the k-NN radii of the real set"
                + " grow as it shrinks, so nearly identical samples may all land in one wide real"
                + " neighbourhood (or in none). Read it with recall (Kynkäänniemi et al. 2019).",
            "Lengths: "
                + dcgan
                + " steps for the DCGAN-family rows, "
                + wgan
                + " for WGAN-GP ("
                + 5 * wgan
                + " critic updates, each with a gradient penalty), chosen so the suite"
                + " fits a few hours on two cores; the train min column shows each row's cost. At"
                + " unequal lengths the WGAN-GP row is no verdict on WGAN-GP against DCGAN."));
  }

  /** FID at most half that of the untrained and the 1 %-trained generator. */
  private static QualityTarget clearlyBetter(String row, String untrained, String onePercent) {
    return new QualityTarget(
        row
            + " clearly better than an untrained generator and than"
            + " a GAN trained for 1 % of the steps",
        List.of(row),
        List.of(
            Bound.atMostFractionOf("fid", 0.5, untrained),
            Bound.atMostFractionOf("fid", 0.5, onePercent)));
  }
}
