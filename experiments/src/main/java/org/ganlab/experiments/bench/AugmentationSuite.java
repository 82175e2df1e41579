package org.ganlab.experiments.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.metrics.ClassificationAccuracyScore;
import org.ganlab.metrics.eval.AugmentedClassifier;
import org.ganlab.metrics.features.ClassifierRecipe;

/**
 * The {@code augmentation} suite: does a conditional GAN help a classifier that has few labels? For
 * K labelled Fashion-MNIST images per class, an AC-GAN trained only on those K x 10 images (it sees
 * nothing the classifier does not), then one classifier recipe trained on the real K-shot set, on
 * it with classical augmentation (random shifts), on real images mixed with generated ones at a few
 * ratios, on shifts and generated images together, and on generated images alone (the
 * Classification Accuracy Score of the K-shot GAN); test accuracy on the real test set.
 */
final class AugmentationSuite {
  /** One classifier row per K: its label after "K=k: " and its training data. */
  private record Variant(String label, boolean shifts, double generatedFraction) {}

  private static final List<Variant> VARIANTS =
      List.of(
          new Variant("real", false, 0),
          new Variant("real + shifts", true, 0),
          new Variant("real + 25 % generated", false, 0.25),
          new Variant("real + 50 % generated", false, 0.5),
          new Variant("real + shifts + 50 % generated", true, 0.5),
          new Variant("generated only (CAS)", false, 1));

  private AugmentationSuite() {}

  static BenchSuite create(boolean quick, Supplier<FashionMnist> fashion) {
    List<Integer> ks = quick ? List.of(10) : List.of(10, 100, 1_000);
    long ganSteps = quick ? 10 : 2_000;
    int evalSamples = quick ? BenchSuites.QUICK_SAMPLES : 2_000;
    int casSteps = quick ? 5 : (int) ClassificationAccuracyScore.DEFAULT_RECIPE.steps();
    ClassifierRecipe recipe = new ClassifierRecipe(quick ? 20 : 1_000, 64, 1e-3);
    int generatedImages = quick ? 200 : 10_000;
    int testImages = quick ? 500 : 10_000;
    List<BenchEntry> entries = new ArrayList<>();
    List<ReferenceRow> rows = new ArrayList<>();
    for (int k : ks) {
      String prefix = "K=" + k + ": ";
      RunSpec gan =
          new RunSpec(
              "acgan-k" + k,
              "acgan",
              ganSteps,
              List.of(
                  "aux_weight=3",
                  "images_per_class=" + k,
                  "eval_samples=" + evalSamples,
                  "cas_steps=" + casSteps));
      entries.add(BenchEntry.of(prefix + "AC-GAN on the K-shot set", gan));
      for (Variant v : VARIANTS) {
        rows.add(
            new AugmentedClassifierRow(
                prefix + v.label(),
                fashion,
                new AugmentedClassifierRow.Options(
                    new AugmentedClassifier(
                        k, v.shifts(), v.generatedFraction(), recipe, testImages),
                    gan,
                    generatedImages)));
      }
    }
    return new BenchSuite(
        "augmentation",
        "Few-label data augmentation with a conditional GAN on Fashion-MNIST",
        quick,
        entries,
        List.of("accuracy", "conditional_accuracy", "fid", "cas"),
        rows,
        List.of(),
        List.of(
            "Protocol: K labelled images per class (the first K of each class in the training"
                + " file). The AC-GAN rows are ganlab's acgan experiment with images_per_class=K,"
                + " trained on those K x 10 images only; their conditional_accuracy, fid and cas"
                + " are the run's own evaluation ("
                + evalSamples
                + " generated images, cas from a classifier trained "
                + casSteps
                + " steps on them). Every other row is one classifier (the architecture of the"
                + " project's Fashion classifier, trained from scratch: "
                + recipe.steps()
                + " Adam steps of "
                + recipe.batchSize()
                + ", learning rate "
                + recipe.learningRate()
                + ") tested on the first "
                + testImages
                + " test images; its accuracy is in references/<row>/s<seed>/eval.csv.",
            "Generated images: "
                + generatedImages
                + " drawn once per seed from the AC-GAN of that K and seed (newest checkpoint),"
                + " balanced over the classes and labelled with the class they were generated"
                + " for; 'real + p % generated' trains on batches of which p % are generated,"
                + " the rest real. 'generated only' is the Classification Accuracy Score (Ravuri"
                + " and Vinyals 2019) of the K-shot GAN; for orientation, their CIFAR-10"
                + " figures (another data set) were 92.58 % for real data and 71.87 % for"
                + " BigGAN, and adding generated images to the full real set gained about 0.2"
                + " %."));
  }
}
