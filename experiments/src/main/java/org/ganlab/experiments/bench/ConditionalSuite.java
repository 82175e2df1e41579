package org.ganlab.experiments.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.metrics.ClassificationAccuracyScore;
import org.ganlab.metrics.stats.Bound;

/**
 * The {@code conditional} suite: the class-conditional GANs on Fashion-MNIST (label concatenation,
 * the projection discriminator with and without its paper's spectral norm and conditional batch
 * norm, AC-GAN), scored by conditional accuracy, intra-class FID, FID and the Classification
 * Accuracy Score, against real training images scored the same way.
 */
final class ConditionalSuite {
  private static final String PROJECTION_SN = "projection + SN + conditional BN";

  private ConditionalSuite() {}

  /** {@return the steps of the cas column's classifier: the default recipe's, 5 when quick} */
  static long casSteps(boolean quick) {
    return quick ? 5 : ClassificationAccuracyScore.DEFAULT_RECIPE.steps();
  }

  /**
   * {@return the suite's AC-GAN row under {@code id}, with {@code extra} settings added to its own
   * (the precision suite trains it in bf16 too)}
   */
  static RunSpec acgan(String id, boolean quick, int samples, String... extra) {
    List<String> sets = new ArrayList<>(List.of("aux_weight=3", "cas_steps=" + casSteps(quick)));
    sets.addAll(List.of(extra));
    return BenchSuites.run(id, "acgan", quick ? 10 : 3_000, samples, sets.toArray(String[]::new));
  }

  /** {@return the real training images scored as a conditional run's images, cas column too} */
  static RealImagesReference realImages(
      String label, Supplier<FashionMnist> fashion, int samples, Path cacheDir, boolean quick) {
    return new RealImagesReference(label, fashion, samples, 10, cacheDir)
        .withCas(ClassificationAccuracyScore.DEFAULT_RECIPE.withSteps(casSteps(quick)));
  }

  static BenchSuite create(boolean quick, Supplier<FashionMnist> fashion, Path cacheDir) {
    int n = quick ? BenchSuites.QUICK_SAMPLES : 2_000;
    long cas = casSteps(quick);
    String casSteps = "cas_steps=" + cas;
    long snSteps = quick ? 10 : 20_000;
    long snEvalEvery = quick ? 10 : 2_500;
    List<BenchEntry> e =
        List.of(
            BenchEntry.of(
                "concat",
                BenchSuites.run("concat", "cgan-concat", (quick ? 10 : 1_500), n, casSteps)),
            BenchEntry.of(
                "projection",
                BenchSuites.run(
                    "projection",
                    "cgan-projection",
                    (quick ? BenchSuites.QUICK_CRITIC_STEPS : 1_000),
                    n,
                    casSteps)),
            BenchEntry.of("AC-GAN", acgan("acgan", quick, n)),
            BenchEntry.of(
                PROJECTION_SN,
                BenchSuites.run(
                    "projection-sn",
                    "cgan-projection-sn",
                    snSteps,
                    n,
                    "n_critic=1",
                    "lr_d=4e-4",
                    "lr_g=1e-4",
                    "ema_decay=0.999",
                    "eval_every=" + snEvalEvery,
                    casSteps)));
    return new BenchSuite(
        "conditional",
        "Class-conditional GANs on Fashion-MNIST",
        quick,
        e,
        List.of("conditional_accuracy", "intra_fid", "fid", "cas"),
        List.of(realImages("real training images", fashion, n, cacheDir, quick)),
        List.of(
            new QualityTarget(
                "at least 90 % conditional accuracy by the Fashion classifier",
                List.of("concat", "projection", "AC-GAN", PROJECTION_SN),
                List.of(Bound.atLeast("conditional_accuracy", 0.9))),
            new QualityTarget(
                "the projection cGAN with its paper's spectral norm and conditional batch norm at"
                    + " least 90 % conditional accuracy",
                List.of(PROJECTION_SN), List.of(Bound.atLeast("conditional_accuracy", 0.9)))),
        List.of(
            "conditional_accuracy: share of "
                + n
                + " generated images (balanced over the"
                + " 10 classes) that the Fashion classifier assigns to the class they were"
                + " generated for. intra_fid: mean over classes of the FID between generated and"
                + " test images of that class. The real-image row shows the classifier's own"
                + " accuracy on training images: no generator can be expected to exceed it by"
                + " much.",
            "cas: the Classification Accuracy Score (Ravuri and Vinyals 2019), the test accuracy"
                + " of a classifier trained from scratch ("
                + cas
                + " Adam steps of 64) on the "
                + n
                + " evaluated images labelled with the class they were generated for; on the"
                + " real-image row, the same classifier trained on "
                + n
                + " real training images.",
            "projection + SN + conditional BN trains with SAGAN's two time-scale recipe (Zhang et"
                + " al. 2019: one D update per G update, D at 4e-4 and G at 1e-4, Adam(0, 0.9) as"
                + " the preset) for "
                + snSteps
                + " steps, and is scored on an exponential moving average of its generator's"
                + " weights (ema_decay=0.999, as BigGAN's evaluation does, Brock et al. 2019), evaluated"
                + " every "
                + snEvalEvery
                + " steps. The label reaches its generator only through the"
                + " conditional batch norm's per-class gains and offsets; with the paper's five D"
                + " updates per G update the same budget buys a fifth of the G updates"
                + " (docs/design.md, Stabilizers in training)."));
  }
}
