package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.metrics.Auroc;
import org.ganlab.metrics.PixelNearestNeighbourScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnomalyEvaluatorTest {
  private static final FashionMnist FASHION = FashionMnist.embedded();

  /** The first {@code n} training images of class {@code c}. */
  private static ImageDataset classImages(int c, int n) {
    ImageDataset train = FASHION.train();
    int[] labels = train.labels();
    int[] idx = IntStream.range(0, train.n()).filter(i -> labels[i] == c).limit(n).toArray();
    return train.subset("class " + c, idx);
  }

  @Test
  void scoresFileRecomputesTheAurocExactly(@TempDir Path dir) throws Exception {
    ImageDataset test = FASHION.test().slice(0, 1200);
    // Trousers (class 1) as normal: far from most other garments in pixel space.
    AnomalyEvaluator e = new AnomalyEvaluator(() -> test, 1);
    double auroc =
        e.evaluate(new PixelNearestNeighbourScorer(classImages(1, 500))).get("auroc").doubleValue();
    Path csv = dir.resolve("scores.csv");
    Files.write(csv, e.latestFiles().get(AnomalyEvaluator.SCORES_FILE));
    byte[] roc = e.latestFiles().get(AnomalyEvaluator.ROC_FILE);
    assertThat(new String(roc, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");

    AnomalyScores read = AnomalyScores.read(csv);
    assertThat(read.index()).hasSize(1200).startsWith(0, 1, 2);
    assertThat(read.label()).isEqualTo(test.labels());
    for (int i = 0; i < 1200; i++) {
      assertThat(read.anomalous()[i]).isEqualTo(test.label(i) != 1);
    }
    assertThat(Auroc.of(read.score(), read.anomalous())).isEqualTo(auroc);
    // Nearest-neighbour distances in pixels separate trousers from other garments well.
    assertThat(auroc).isGreaterThan(0.85).isLessThanOrEqualTo(1.0);
  }

  @Test
  void chanceScoresGiveOneHalfAndBadInputIsNamed(@TempDir Path dir) throws Exception {
    ImageDataset test = FASHION.test().slice(0, 100);
    AnomalyEvaluator e = new AnomalyEvaluator(() -> test, 3);
    assertThat(e.latestFiles()).isEmpty();
    assertThat(e.evaluate(b -> new double[b.size()]).get("auroc").doubleValue())
        .isCloseTo(0.5, within(1e-15));
    assertThatThrownBy(() -> e.evaluate(b -> new double[1]))
        .hasMessageContaining("returned 1 scores for 100 images");
    assertThatThrownBy(() -> new AnomalyEvaluator(() -> test, 10).evaluate(b -> new double[0]))
        .hasMessageContaining("has no class 10");
    Path bad = dir.resolve("scores.csv");
    Files.writeString(bad, AnomalyScores.HEADER + "\n0,1,2,0.5\n");
    assertThatThrownBy(() -> AnomalyScores.read(bad)).hasMessageContaining("line 2");
  }
}
