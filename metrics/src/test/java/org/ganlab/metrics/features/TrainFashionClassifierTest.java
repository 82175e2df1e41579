package org.ganlab.metrics.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.core.checkpoint.Checkpointer;
import org.ganlab.core.data.FashionMnist;
import org.ganlab.core.data.ImageDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainFashionClassifierTest {

  @Test
  void trainingFromTheSeedIsBitReproducible(@TempDir Path dir) throws Exception {
    // A few steps on a slice: enough to exercise every update and batch-norm statistic, cheap.
    ImageDataset train = FashionMnist.embedded().train().slice(0, 512);
    long seed = TrainFashionClassifier.Config.DEFAULT.seed();
    TrainFashionClassifier.Config config = new TrainFashionClassifier.Config(seed, 1, 32, 1e-3);
    TrainFashionClassifier.train(train, config, 4, dir.resolve("a"), null);
    TrainFashionClassifier.train(train, config, 4, dir.resolve("b"), null);
    TrainFashionClassifier.train(
        train,
        new TrainFashionClassifier.Config(config.seed() + 1, 1, 32, 1e-3),
        4,
        dir.resolve("c"),
        null);

    String a = Files.readString(dir.resolve("a").resolve(Checkpointer.MANIFEST));
    assertThat(Checkpointer.verify(dir.resolve("a"))).isEmpty();
    assertThat(Files.readString(dir.resolve("b").resolve(Checkpointer.MANIFEST))).isEqualTo(a);
    assertThat(Files.readString(dir.resolve("c").resolve(Checkpointer.MANIFEST))).isNotEqualTo(a);
    // Only the classifier is exported, not Adam's slots.
    try (FashionClassifier c = FashionClassifier.load(dir.resolve("a"))) {
      assertThat(c.featureDim()).isEqualTo(128);
    }
    assertThat(Files.size(dir.resolve("a").resolve("ckpt.data-00000-of-00001")))
        .isLessThan(1_000_000L);
  }
}
