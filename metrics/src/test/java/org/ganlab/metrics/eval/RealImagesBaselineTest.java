package org.ganlab.metrics.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.ganlab.core.data.FashionMnist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealImagesBaselineTest {
  private static final FashionMnist FASHION = FashionMnist.embedded();

  @TempDir Path cache;

  @Test
  void realImagesPerSeedScoredAsAGeneratorWouldBe() {
    Map<String, Number> s0 = RealImagesBaseline.score(FASHION, 0, 200, 0, cache);
    assertThat(s0).containsOnlyKeys("fid", "kid", "precision", "recall");
    assertThat(s0.get("fid").doubleValue()).isPositive().isFinite();
    // The same seed draws the same images (the reference features now come from the cache).
    assertThat(RealImagesBaseline.score(FASHION, 0, 200, 0, cache)).isEqualTo(s0);
    assertThat(RealImagesBaseline.score(FASHION, 1, 200, 0, cache).get("fid"))
        .isNotEqualTo(s0.get("fid"));
  }
}
