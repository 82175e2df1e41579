package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.ClassSubset;
import org.ganlab.core.data.EpochOrder;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.ganlab.core.seed.Seeds;
import org.ganlab.metrics.FrechetInceptionDistance;
import org.ganlab.metrics.features.FashionClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealImagesBaselineTest {
  private static final FashionMnist FASHION = FashionMnist.embedded();

  @TempDir Path cache;

  @Test
  void realImagesPerSeedScoredAsAGeneratorWouldBe() {
    Map<String, Number> s0 = RealImagesBaseline.score(FASHION, FASHION.train(), 0, 200, 0, cache);
    assertThat(s0).containsKeys("fid", "kid", "precision", "recall", "class_tv");
    assertThat(s0).doesNotContainKey("minority_amplification");
    // By hand: the seed's draw of 200 training images against the whole test set.
    Batch drawn =
        FASHION
            .train()
            .batchOf(
                new EpochOrder(FASHION.train().n(), new Seeds(0), "bench/real-images")
                    .batch(0, 200));
    double fid;
    try (FashionClassifier classifier = FashionClassifier.pretrained()) {
      fid =
          new FrechetInceptionDistance()
              .distance(
                  classifier.extract(FASHION.test()).features(),
                  classifier.extract(drawn).features());
    }
    assertThat(s0.get("fid").doubleValue()).isCloseTo(fid, within(1e-9 * fid));
    // The same seed draws the same images (the reference features now come from the cache).
    assertThat(RealImagesBaseline.score(FASHION, FASHION.train(), 0, 200, 0, cache)).isEqualTo(s0);
    assertThat(RealImagesBaseline.score(FASHION, FASHION.train(), 1, 200, 0, cache).get("fid"))
        .isNotEqualTo(s0.get("fid"));
  }

  @Test
  void realImagesOfAThinnedSetKeepTheirMinorityShareAsTheClassifierReadsThem() {
    ImageDataset thinned =
        new ClassSubset(new TreeSet<>(Set.of(0, 2, 4, 6, 8)), 0.1).apply(FASHION.train());
    Map<String, Number> m = RealImagesBaseline.score(FASHION, thinned, 0, 500, 0, cache);
    // 600 of each minority class against 6000 of the others: a share of 1/11 each way.
    assertThat(m.get("data_0").doubleValue()).isEqualTo(600.0 / 33_000);
    double minority = 0;
    for (int c = 0; c < 10; c += 2) {
      minority += m.get("generated_" + c).doubleValue();
    }
    assertThat(m.get("minority_amplification").doubleValue())
        .isCloseTo(minority / (5 * 600.0 / 33_000), within(1e-12))
        // The classifier's confusions move a little mass between classes, no more.
        .isBetween(0.8, 1.4);
  }
}
