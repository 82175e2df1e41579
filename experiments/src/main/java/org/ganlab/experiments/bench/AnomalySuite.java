package org.ganlab.experiments.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.metrics.stats.Bound;

/**
 * The {@code anomaly} suite: one-class anomaly detection on Fashion-MNIST by the protocol of Ruff
 * et al. 2018 and Golan and El-Yaniv 2018. For each class, a BiGAN trained on that class's training
 * images scores every test image (Zenati et al. 2018's score), and so does the same BiGAN with
 * ALICE's reconstruction term (Li et al. 2017), against an autoencoder of the same encoder and
 * generator without the adversarial term and the raw-pixel nearest-neighbour baseline, scored by
 * the same code; the mean AUROC over the classes is compared with published means (reference rows
 * citing their sources).
 */
final class AnomalySuite {
  private AnomalySuite() {}

  private static final String BIGAN = "BiGAN, mean over classes";
  private static final String ALICE = "ALICE, mean over classes";
  private static final String AUTOENCODER = "autoencoder, mean over classes";
  private static final String NEAREST = "pixel nearest neighbour, mean over classes";

  /**
   * ALICE's reconstruction weight: the squared error of G(E(x)) is small next to the adversarial
   * losses, and a weight this large keeps the encoder an inverse of the generator throughout.
   */
  private static final int ALICE_WEIGHT = 200;

  static BenchSuite create(boolean quick, Supplier<FashionMnist> fashion) {
    List<Integer> classes = quick ? List.of(1) : List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    int testImages = quick ? 500 : 10_000;
    long steps = quick ? 10 : 1_500;
    List<BenchEntry> entries = new ArrayList<>();
    List<ReferenceRow> references = new ArrayList<>();
    List<String> bigan = new ArrayList<>();
    List<String> alice = new ArrayList<>();
    List<String> autoencoder = new ArrayList<>();
    List<String> nearest = new ArrayList<>();
    for (int c : classes) {
      String g = "BiGAN, class " + c;
      String l = "ALICE, class " + c;
      String a = "autoencoder, class " + c;
      String n = "pixel nearest neighbour, class " + c;
      List<String> sets = List.of("normal_class=" + c, "anomaly_test_images=" + testImages);
      entries.add(BenchEntry.of(g, new RunSpec("bigan-c" + c, "ali", steps, sets)));
      entries.add(
          BenchEntry.of(
              l,
              new RunSpec("alice-c" + c, "ali", steps, sets)
                  .with("reconstruction_weight=" + ALICE_WEIGHT)));
      entries.add(
          BenchEntry.of(
              a, new RunSpec("autoencoder-c" + c, "ali", steps, sets).with("adversarial=false")));
      references.add(new PixelNearestNeighbourReference(n, fashion, c, testImages));
      bigan.add(g);
      alice.add(l);
      autoencoder.add(a);
      nearest.add(n);
    }
    String golan = "Golan and El-Yaniv 2018, Table 1 (Fashion-MNIST, mean over classes)";
    references.add(published("GEOM (published)", golan, 0.935));
    references.add(published("RAW-OC-SVM (published)", golan, 0.928));
    references.add(published("CAE-OC-SVM (published)", golan, 0.917));
    references.add(published("ADGAN (published)", golan, 0.884));
    references.add(published("DSEBM (published)", golan, 0.866));
    references.add(
        published(
            "Deep SAD, no labelled anomalies (published)",
            "Ruff et al. 2020 (Fashion-MNIST, mean over classes)",
            0.892));
    return new BenchSuite(
        "anomaly",
        "One-class anomaly detection on Fashion-MNIST",
        quick,
        entries,
        List.of("auroc"),
        references,
        List.of(
            new QualityTarget(
                "a GAN detector at least as good as ADGAN's published 88.4 (the one GAN among the"
                    + " published rows)",
                List.of(BIGAN, ALICE),
                List.of(Bound.atLeast("auroc", 0.884))),
            new QualityTarget(
                "the aim: GEOM's published 93.5",
                List.of(BIGAN, ALICE),
                List.of(Bound.atLeast("auroc", 0.935)))),
        List.of(
            "Protocol: train on the training images of one class only; score the first "
                + testImages
                + " test images; AUROC with that class normal and the other nine anomalous (ties"
                + " count one half, as scikit-learn's roc_auc_score). Every scored row writes"
                + " scores.csv (index,label,anomalous,score) beside an eval.csv whose last row"
                + " holds its auroc: runs/ for the trained rows, references/ for the baseline.",
            "BiGAN rows: ganlab's ali experiment with normal_class set, scored with Zenati et"
                + " al. 2018's A(x) = 0.9 L_G(x) + 0.1 L_D(x) (mean absolute reconstruction"
                + " residual and discriminator-feature residual). ALICE rows: the same BiGAN whose"
                + " encoder and generator also minimize "
                + ALICE_WEIGHT
                + " times the mean squared error of G(E(x)) against x (Li et al. 2017's explicit"
                + " cycle consistency, key reconstruction_weight), scored the same way."
                + " Autoencoder rows: the same"
                + " experiment with adversarial=false, the BiGAN's encoder and generator trained on"
                + " the mean squared reconstruction error alone and scored by the mean absolute"
                + " residual, so the two rows differ in the adversarial term only. The published rows are the"
                + " papers' means over the ten classes under the same protocol, cited, not"
                + " rerun."),
        List.of(
            new SummaryRow(BIGAN, "per seed, the mean AUROC of the BiGAN rows", bigan),
            new SummaryRow(ALICE, "per seed, the mean AUROC of the ALICE rows", alice),
            new SummaryRow(
                AUTOENCODER, "per seed, the mean AUROC of the autoencoder rows", autoencoder),
            new SummaryRow(
                NEAREST, "per seed, the mean AUROC of the pixel nearest-neighbour rows", nearest)));
  }

  private static PublishedRow published(String label, String source, double auroc) {
    return new PublishedRow(label, source, Map.of("auroc", auroc));
  }
}
