package org.ganlab.experiments.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.metrics.stats.Bound;

/**
 * The {@code superresolution} suite: SRGAN's table (Ledig et al. 2017) on Fashion-MNIST. Per factor
 * (4: 7x7 -> 28x28, 2: 14x14 -> 28x28, inputs area-averaged), bicubic upsampling as the reference
 * row, SRResNet (the MSE-only network, {@code adversarial=false}) and SRGAN, all scored by the
 * paired evaluator on the test set's pairs. The paper's claim is a trade: SRResNet wins on PSNR and
 * SSIM, SRGAN on realism (its opinion scores); here realism is measured by FID and label
 * preservation, and the targets say whether the trade holds.
 */
final class SuperResolutionSuite {
  private SuperResolutionSuite() {}

  static BenchSuite create(boolean quick, Supplier<FashionMnist> fashion) {
    int n = quick ? 200 : 2_000;
    long steps = quick ? 3 : 1_000;
    List<BenchEntry> entries = new ArrayList<>();
    List<ReferenceRow> references = new ArrayList<>();
    List<QualityTarget> targets = new ArrayList<>();
    for (int factor : List.of(4, 2)) {
      String experiment = "srgan-x" + factor;
      String bicubic = "bicubic x" + factor;
      String srResNet = "SRResNet x" + factor;
      String srgan = "SRGAN x" + factor;
      String evalSamples = "eval_samples=" + n;
      entries.add(
          BenchEntry.of(
              srResNet,
              new RunSpec("srresnet-x" + factor, experiment, steps, List.of(evalSamples))
                  .with("adversarial=false")));
      entries.add(
          BenchEntry.of(
              srgan, new RunSpec("srgan-x" + factor, experiment, steps, List.of(evalSamples))));
      references.add(
          PairedMappingReference.bicubic(bicubic, () -> fashion.get().test(), factor, n));
      targets.add(
          new QualityTarget(
              "x" + factor + ": SRResNet above bicubic in PSNR, as on BSD100",
              List.of(srResNet),
              List.of(new Bound("psnr", true, 1.0, Optional.of(bicubic)))));
      targets.add(
          new QualityTarget(
              "x" + factor + ": SRGAN more realistic than SRResNet (FID at most SRResNet's)",
              List.of(srgan),
              List.of(Bound.atMostFractionOf("fid", 1.0, srResNet))));
    }
    return new BenchSuite(
        "superresolution",
        "Super-resolution: SRGAN against SRResNet and bicubic",
        quick,
        entries,
        List.of("psnr", "ssim", "fid", "label_preservation", "l1"),
        references,
        targets,
        List.of(
            "Inputs are the test images area-averaged by the factor (28x28 -> 7x7 or 14x14);"
                + " every row is scored on the first "
                + n
                + " test images against the 28x28 originals by the same code: psnr and ssim on"
                + " [0, 1] intensities, fid of the outputs against the originals in the Fashion"
                + " classifier's features, label_preservation the share of outputs the classifier"
                + " labels with the original's class, l1 in [-1, 1] pixel units. Bicubic is Keys'"
                + " kernel at a = -0.5 (MATLAB's imresize), clipped to the pixel range. SRResNet"
                + " is the srgan experiment with adversarial=false (MSE only); SRGAN adds the"
                + " adversarial term at the paper's weight 1e-3.",
            "For scale, SRGAN's own table (Ledig et al. 2017, BSD100, x4, PSNR in dB / SSIM):"
                + " bicubic 25.94 dB, SRResNet 27.58 dB / 0.762, SRGAN 25.16 dB / 0.669, with"
                + " SRGAN far ahead in mean opinion score. Those are natural 96x96 crops and a"
                + " 16-block network, cited, not rerun; compare the ordering of the rows, not the"
                + " values."));
  }
}
