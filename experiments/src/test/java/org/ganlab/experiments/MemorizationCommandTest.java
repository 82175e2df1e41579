package org.ganlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.ganlab.core.data.ClassSubset;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.metrics.Memorization;
import org.ganlab.metrics.eval.MemorizationCheck;
import org.ganlab.metrics.features.FashionClassifier;
import org.junit.jupiter.api.Test;

/**
 * {@code ganlab eval RUN --memorization} end to end: a run that trained on a few images per class
 * is checked against exactly those images (not the whole training set), and the printed values are
 * the library check's on them.
 */
class MemorizationCommandTest extends RunnerFixture {
  private static final int PER_CLASS = 20;
  private static final int N = 40;

  @Test
  void checksTheRunAgainstTheImagesItTrainedOnAndPrintsTheLibraryValues() throws Exception {
    Path run =
        trainQuietly(
            "dcgan",
            3,
            2,
            tinyDcgan("eval_every=0", "images_per_class=" + PER_CLASS),
            tmp.resolve("run"));
    Path png = tmp.resolve("neighbours.png");
    CliOutcome out =
        CliOutcome.run(
            "eval", run.toString(), "--memorization", "--n", "" + N, "-o", png.toString());
    assertThat(out.code()).as(out.err()).isZero();
    Map<String, String> printed = new LinkedHashMap<>();
    for (String line : out.out().strip().split("\n")) {
      String[] kv = line.split(" ", 2);
      printed.put(kv[0], kv[1]);
    }
    assertThat(printed.get("wrote")).isEqualTo(png.toAbsolutePath().toString());

    Memorization expected;
    try (RestoredRun restored =
            RestoredRun.open(run, Optional.empty(), new ExperimentRegistry(), System.out);
        FashionClassifier classifier = FashionClassifier.pretrained()) {
      FashionMnist fashion = FashionMnist.embedded();
      expected =
          MemorizationCheck.run(
                  restored.open().requireSampler(),
                  restored.run().context().seeds(),
                  N,
                  classifier,
                  ClassSubset.firstPerClass(PER_CLASS).apply(fashion.train()),
                  fashion.test(),
                  16,
                  restored.dir().featureCache())
              .memorization();
    }
    assertThat(printed.get("step")).isEqualTo("2");
    assertThat(Double.parseDouble(printed.get("memorization_median_generated")))
        .isEqualTo(expected.medianGenerated());
    assertThat(Double.parseDouble(printed.get("memorization_median_test")))
        .isEqualTo(expected.medianTest());
    assertThat(Double.parseDouble(printed.get("memorization_threshold_p1")))
        .isEqualTo(expected.threshold());
    assertThat(Double.parseDouble(printed.get("memorization_share_below_p1")))
        .isEqualTo(expected.shareBelowThreshold());

    // 16 closest samples beside their neighbours: 4 pairs a row, 4 rows of 2x-scaled cells.
    assertThat(Files.exists(png)).isTrue();
    BufferedImage picture = ImageIO.read(png.toFile());
    int cell = 28 * 2;
    assertThat(picture.getWidth()).isEqualTo(2 * 4 * (cell + 1) + 1);
    assertThat(picture.getHeight()).isEqualTo(4 * (cell + 1) + 1);
  }

  @Test
  void refusesARunThatDoesNotMakeFashionImagesAndWritesNothing() {
    Path run = trainQuietly("gan-ring8", 1, 2, List.of("eval_every=0"), tmp.resolve("ring"));
    CliOutcome out = CliOutcome.run("eval", run.toString(), "--memorization", "--n", "10");
    assertThat(out.code()).isEqualTo(2);
    assertThat(out.err())
        .contains("--memorization compares samples with Fashion-MNIST training images of shape")
        .contains("but run " + run + " (gan-ring8) makes examples of shape [2]");
    assertThat(run.resolve("memorization.png")).doesNotExist();
  }
}
