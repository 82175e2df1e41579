package org.ganlab.models.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataSource;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.models.Dcgan;
import org.junit.jupiter.api.Test;

class RawDcganLoopTest {
  @Test
  void hasTheProjectsDcganParameterCountAndTrains() {
    ImageDataSource data = new ImageDataSource(FashionMnist.embedded().train(), new Seeds(0));
    long framework;
    try (GanTrainer<GanModel> t = Dcgan.standard().training().trainer(data, 0)) {
      framework =
          t.model().generator().network().parameterCount()
              + t.model().discriminator().network().parameterCount();
    }
    try (RawDcganLoop raw = new RawDcganLoop(16, 0)) {
      // By hand: G 100*6272 + 2*6272 + 4*4*64*128 + 2*64 + 4*4*64 + 1,
      // D 4*4*64 + 64 + 4*4*64*128 + 2*128 + 6272 + 1.
      long g = 100 * 6272 + 2 * 6272 + 4 * 4 * 64 * 128 + 2 * 64 + 4 * 4 * 64 + 1;
      long d = 4 * 4 * 64 + 64 + 4 * 4 * 64 * 128 + 2 * 128 + 6272 + 1;
      assertThat(raw.trainableParameters()).isEqualTo(g + d).isEqualTo(framework);
      float[] first = raw.step(data.batch(0, 16).values());
      assertThat(first[0]).isPositive().isFinite();
      assertThat(first[1]).isPositive().isFinite();
      float[] last = first;
      for (int i = 1; i < 20; i++) {
        last = raw.step(data.batch(i, 16).values());
      }
      // D learns to tell real from generated: its loss falls.
      assertThat(last[0]).isLessThan(first[0]);
    }
  }
}
