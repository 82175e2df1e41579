package org.ganlab.experiments.bench;

import static org.ganlab.experiments.bench.BenchSuites.run;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.captions.CaptionAttributes;
import org.ganlab.core.data.captions.CaptionedDataSource;
import org.ganlab.metrics.stats.Bound;

/**
 * The {@code text-to-image} suite: GAN-INT-CLS ({@code text-to-image} at its defaults) and GAN-CLS
 * (the same without the interpolated captions) on captioned Fashion-MNIST, scored on the seen and
 * the held-out caption combinations, against the label-conditional cGAN ({@code cgan-concat}, which
 * can only be asked for the garment) and real training images, scored by the same evaluator.
 */
final class TextToImageSuite {
  static final String INT_CLS = "GAN-INT-CLS";
  static final String CLS = "GAN-CLS";
  static final String CGAN = "cGAN, class label only (cgan-concat)";
  static final String REAL = "real training images (ceiling)";

  private TextToImageSuite() {}

  static BenchSuite create(boolean quick, Supplier<FashionMnist> fashion, Path cacheDir) {
    int n = quick ? 100 : 1_000;
    long steps = quick ? 5 : 2_000;
    long cganSteps = quick ? 5 : 1_500;
    List<BenchEntry> e =
        List.of(
            BenchEntry.of(INT_CLS, run("gan-int-cls", "text-to-image", steps, n)),
            BenchEntry.of(
                CLS, run("gan-cls", "text-to-image", steps, n, "interpolation_weight=0")));
    // The cGAN's own evaluation (conditional accuracy, intra-class FID, CAS) is not this suite's:
    // its run skips it, and its row is scored from its last checkpoint by the captions' evaluator.
    RunSpec cgan = run("cgan-concat", "cgan-concat", cganSteps, n, "eval_every=0", "cas_steps=0");
    double chanceClass = 1.0 / FashionMnist.NUM_CLASSES;
    return new BenchSuite(
        "text-to-image",
        "Text-to-image: captions to Fashion-MNIST garments",
        quick,
        e,
        List.of(
            "class_accuracy",
            "attribute_accuracy",
            "fid",
            "heldout_class_accuracy",
            "heldout_attribute_accuracy",
            "heldout_fid"),
        List.of(
            TextToImageReference.classConditional(CGAN, cgan, fashion, n, cacheDir),
            TextToImageReference.realImages(REAL, fashion, n, cacheDir)),
        List.of(
            new QualityTarget(
                "GAN-INT-CLS: class accuracy above chance (0.10) and attribute accuracy above"
                    + " chance (0.5) on the seen combinations",
                List.of(INT_CLS),
                List.of(
                    Bound.atLeast("class_accuracy", chanceClass),
                    Bound.atLeast("attribute_accuracy", 0.5))),
            new QualityTarget(
                "GAN-INT-CLS: class accuracy above chance (0.10) on the held-out combinations",
                List.of(INT_CLS),
                List.of(Bound.atLeast("heldout_class_accuracy", chanceClass)))),
        List.of(
            "Captions: 'a <size> <brightness> <garment>', read off each Fashion-MNIST image by"
                + " fixed rules (CaptionRules: foreground pixels of at least 32/255, size and"
                + " brightness against the class's median), "
                + CaptionAttributes.COMBINATIONS
                + " combinations, of which "
                + CaptionedDataSource.HELD_OUT.size()
                + " (one each from "
                + CaptionedDataSource.HELD_OUT.size()
                + " classes) never appear in training. Each split (seen, held-out) is scored on"
                + " the captions of its first "
                + n
                + " test images (file order; the held-out split has fewer), one generated image"
                + " per caption: class_accuracy is the share the project's Fashion-MNIST"
                + " classifier labels with the caption's garment (chance 0.10), attribute_accuracy"
                + " the share of brightness and size words the same rules read back (chance"
                + " 0.5), fid the FID in the classifier's feature space against those test"
                + " images. Each split's FID is against its own images: compare it between rows,"
                + " not with other suites' FIDs.",
            "GAN-INT-CLS is text-to-image at its defaults ("
                + steps
                + " steps); GAN-CLS the same with interpolation_weight=0 (no interpolated"
                + " captions).",
            "The cGAN row is cgan-concat (Mirza and Osindero 2014: the label concatenated to z"
                + " and to D's input) trained "
                + cganSteps
                + " steps on every training image, then asked for the garment of each caption and"
                + " scored by the same evaluator. It cannot be asked for a brightness or a size,"
                + " and no combination was held out of its training, so only its seen-split"
                + " class_accuracy and fid are shown: what the caption's garment word alone buys.",
            "The real-image row draws, for each caption, a random training image the rules"
                + " caption that way (held-out combinations included): attribute accuracy is 1"
                + " by construction, class accuracy is the classifier's own on training images,"
                + " and fid is the floor at this sample size."));
  }
}
