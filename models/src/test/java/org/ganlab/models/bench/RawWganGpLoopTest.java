package org.ganlab.models.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataSource;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.models.WganGp;
import org.junit.jupiter.api.Test;

class RawWganGpLoopTest {
  @Test
  void hasTheProjectsWganGpParameterCountAndTrains() {
    ImageDataSource data = new ImageDataSource(FashionMnist.embedded().train(), new Seeds(0));
    long framework;
    try (GanTrainer<GanModel> t = WganGp.standard().training().trainer(data, 0)) {
      framework =
          t.model().generator().network().parameterCount()
              + t.model().discriminator().network().parameterCount();
    }
    try (RawWganGpLoop raw = new RawWganGpLoop(16, 0)) {
      // By hand: G 128*6272 + 2*6272 + 5*5*64*128 + 2*64 + 5*5*64 + 1,
      // critic 5*5*64 + 64 + 5*5*64*128 (no bias: layer norm follows) + 2*128 + 6272 + 1.
      long g = 128 * 6272 + 2 * 6272 + 5 * 5 * 64 * 128 + 2 * 64 + 5 * 5 * 64 + 1;
      long d = 5 * 5 * 64 + 64 + 5 * 5 * 64 * 128 + 2 * 128 + 6272 + 1;
      assertThat(raw.trainableParameters()).isEqualTo(g + d).isEqualTo(framework);
      assertThat(raw.realBatchesPerStep()).isEqualTo(5);
      float[] first = raw.step(batches(data, 0));
      assertThat(first[0]).isFinite();
      float[] last = first;
      for (int s = 1; s < 10; s++) {
        last = raw.step(batches(data, s));
      }
      // The critic learns to score real images above generated ones: its loss falls below zero.
      assertThat(last[0]).isNegative().isLessThan(first[0]);
      assertThatThrownBy(() -> raw.step(List.of(new float[16 * 28 * 28])))
          .hasMessageContaining("5 real batches per step, got 1");
    }
  }

  private static List<float[]> batches(ImageDataSource data, long step) {
    List<float[]> b = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      b.add(data.batch(step * 5 + i, 16).values());
    }
    return b;
  }
}
