package org.ganlab.experiments.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.data.SobelEdges;
import org.ganlab.metrics.eval.LabelPreservationCeiling.Labels;
import org.ganlab.metrics.eval.PairedTranslationBaselines;
import org.ganlab.metrics.stats.Bound;

/**
 * The {@code paired} suite: image-to-image translation learned from pairs. pix2pix (Isola et al.
 * 2017) maps Sobel edge maps to garments, with the paper's ablation rows (L1 only, cGAN only; full
 * runs only), against the edge map itself, the true garments and a classifier of the edge maps (the
 * most label preservation to expect) scored by the same code; its l1 is the quantity the {@code
 * translation} suite reports as {@code translation_error_ba} for the unpaired CycleGAN on the same
 * edge maps. Then SRGAN's table (Ledig et al. 2017) on Fashion-MNIST. Per factor (4: 7x7 -> 28x28,
 * 2: 14x14 -> 28x28, inputs area-averaged), bicubic upsampling as the reference row, SRResNet (the
 * MSE-only network, {@code adversarial=false}) and SRGAN, all scored by the paired evaluator on the
 * test set's pairs. The paper's claim is a trade: SRResNet wins on PSNR and SSIM, SRGAN on realism
 * (its opinion scores); here realism is measured by FID and label preservation, and the targets say
 * whether the trade holds.
 */
final class PairedSuite {
  private PairedSuite() {}

  static BenchSuite create(boolean quick, Supplier<FashionMnist> fashion) {
    int n = quick ? BenchSuites.QUICK_SAMPLES : 2_000;
    long steps = quick ? 3 : 1_000;
    List<BenchEntry> entries = new ArrayList<>();
    List<ReferenceRow> references = new ArrayList<>();
    List<QualityTarget> targets = new ArrayList<>();
    Supplier<ImageDataset> test = () -> fashion.get().test();
    String pix2pix = "pix2pix, edges to garments";
    String edgeMap = "edges: the edge map itself";
    RunSpec pix2pixRun =
        new RunSpec(
            "pix2pix-edges", "pix2pix-edges", quick ? 3 : 1_500, List.of("eval_samples=" + n));
    entries.add(BenchEntry.of(pix2pix, pix2pixRun));
    String l1Only = "pix2pix, L1 only";
    if (!quick) {
      // The paper's ablation rows are settings of the same pipeline: the quick variant skips them.
      entries.add(
          BenchEntry.of(
              l1Only,
              new RunSpec(
                      "pix2pix-edges-l1",
                      "pix2pix-edges",
                      pix2pixRun.steps(),
                      pix2pixRun.assignments())
                  .with("adversarial=false")));
      entries.add(
          BenchEntry.of(
              "pix2pix, cGAN only",
              new RunSpec(
                      "pix2pix-edges-cgan",
                      "pix2pix-edges",
                      pix2pixRun.steps(),
                      pix2pixRun.assignments())
                  .with("l1_lambda=0")));
      targets.add(
          new QualityTarget(
              "L1 + cGAN sharper than L1 only (FID at most L1 only's), as in the paper",
              List.of(pix2pix),
              List.of(Bound.atMostFractionOf("fid", 1.0, l1Only))));
    }
    references.add(
        new FixedMappingRow(
            edgeMap,
            "the input edge map of the first " + n + " test images taken as the garment",
            () -> PairedTranslationBaselines.scoreIdentity(test, SobelEdges.standard(), n)));
    references.add(
        new FixedMappingRow(
            "edges: the true garments",
            "the first "
                + n
                + " test images themselves: the ceiling of every column (label_preservation is the"
                + " classifier's accuracy on them)",
            () -> PairedTranslationBaselines.scoreTruth(test, SobelEdges.standard(), n)));
    references.add(
        LabelCeilingReference.edges(
            "edges: a classifier trained on the edge maps", fashion, quick, n, Labels.TRUE));
    targets.add(
        new QualityTarget(
            "pix2pix closer to the garments than the edge map (l1 at most half, SSIM above)",
            List.of(pix2pix),
            List.of(
                Bound.atMostFractionOf("l1", 0.5, edgeMap),
                Bound.atLeastFractionOf("ssim", 1.0, edgeMap))));
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
      references.add(PairedMappingReference.bicubic(bicubic, test, factor, n));
      targets.add(
          new QualityTarget(
              "x" + factor + ": SRResNet above bicubic in PSNR, as on BSD100",
              List.of(srResNet),
              List.of(Bound.atLeastFractionOf("psnr", 1.0, bicubic))));
      targets.add(
          new QualityTarget(
              "x" + factor + ": SRGAN more realistic than SRResNet (FID at most SRResNet's)",
              List.of(srgan),
              List.of(Bound.atMostFractionOf("fid", 1.0, srResNet))));
    }
    return new BenchSuite(
        "paired",
        "Paired image-to-image: pix2pix edges to garments; SRGAN super-resolution",
        quick,
        entries,
        List.of("psnr", "ssim", "fid", "label_preservation", "l1"),
        references,
        targets,
        List.of(
            "Edges to garments (pix2pix-edges): the input is the thresholded Sobel edge map of a"
                + " test image, the target the image; pix2pix trains on pairs of the training set."
                + " The ablation rows are the paper's: adversarial=false (L1 only) and"
                + " l1_lambda=0 (cGAN only); its Cityscapes table (Isola et al. 2017, FCN"
                + " per-pixel accuracy) had L1 0.42, cGAN 0.57, L1 + cGAN 0.66."
                + " The translation suite's cyclegan-edges learns the same two domains without"
                + " pairs; its translation_error_ba (edges to garment) is this table's l1 on the"
                + " same edge maps, in the same [-1, 1] pixel units, so the two tables compare"
                + " paired and unpaired learning of one task. The row of a classifier trained on"
                + " the edge maps with their true labels is the most label_preservation to expect"
                + " of any translator: an edge map has no shading, and an output garment's label"
                + " can only come from what its edge map holds (the translation suite's row of"
                + " that name scores the same classifier against the project classifier's"
                + " labels, as that suite's column is).",
            "Super-resolution: inputs are the test images area-averaged by the factor (28x28 -> 7x7 or 14x14);"
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
