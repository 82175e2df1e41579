package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;

class UnpairedTranslationTest {
  @Test
  void domainsComeFromDisjointHalves() {
    ImageDataset train = FashionMnist.embedded().train();
    UnpairedTranslation t = new UnpairedTranslation(train, new Seeds(21));

    assertThat(t.rangeA()).containsExactly(0, 30000);
    assertThat(t.rangeB()).containsExactly(30000, 60000);
    assertThat(t.sourceA().size()).isEqualTo(30000);
    assertThat(t.sourceB().size()).isEqualTo(30000);
    // Domain A's image j is the dataset's image j; domain B's image j is image 30000 + j.
    ImageDataset a = t.sourceA().dataset();
    ImageDataset b = t.originalsB().dataset();
    for (int j : new int[] {0, 1, 12345, 29999}) {
      assertThat(a.image(j)).isEqualTo(train.image(j));
      assertThat(b.image(j)).isEqualTo(train.image(30000 + j));
    }
    // No image of one half reappears in the other: compare the content of all 60,000.
    Set<java.nio.ByteBuffer> inA = new HashSet<>();
    for (int j = 0; j < a.n(); j++) {
      inA.add(java.nio.ByteBuffer.wrap(a.image(j)));
    }
    int shared = 0;
    for (int j = 0; j < b.n(); j++) {
      if (inA.contains(java.nio.ByteBuffer.wrap(b.image(j)))) {
        shared++;
      }
    }
    assertThat(shared).isZero();
  }

  @Test
  void batchBIsTOfTheOriginalsAndStepsAreDeterministic() {
    ImageDataset train = FashionMnist.embedded().train();
    UnpairedTranslation t = new UnpairedTranslation(train, new Seeds(21));
    UnpairedBatch batch = t.batch(7, 32);

    assertThat(batch.a().shape()).containsExactly(32, 28, 28, 1);
    assertThat(batch.b().shape()).containsExactly(32, 28, 28, 1);
    assertThat(batch.a()).isEqualTo(t.sourceA().batch(7, 32));
    assertThat(batch.b()).isEqualTo(new InvertAndMirror().apply(t.originalsB().batch(7, 32)));
    assertThat(new InvertAndMirror().apply(batch.b())).isEqualTo(t.originalsB().batch(7, 32));

    UnpairedTranslation again = new UnpairedTranslation(train, new Seeds(21));
    assertThat(again.batch(7, 32)).isEqualTo(batch);
    assertThat(new UnpairedTranslation(train, new Seeds(22)).batch(7, 32)).isNotEqualTo(batch);
    // The two domains are shuffled independently of each other.
    assertThat(t.sourceA().order().permutation(0))
        .isNotEqualTo(t.originalsB().order().permutation(0));
    assertThat(t.fileChecksums()).hasSize(2);
    assertThat(t.transform()).isEqualTo(new InvertAndMirror());
    assertThat(t.shapeB()).containsExactly(28, 28, 1);
  }

  @Test
  void domainBIsTheGivenTransformOfTheOriginals() {
    ImageDataset train = FashionMnist.embedded().train();
    UnpairedTranslation t = new UnpairedTranslation(train, new Seeds(21), new ColourMap());
    UnpairedBatch batch = t.batch(3, 8);

    assertThat(t.shape()).containsExactly(28, 28, 1);
    assertThat(t.shapeB()).containsExactly(28, 28, 3);
    assertThat(t.sourceB().shape()).containsExactly(28, 28, 3);
    assertThat(batch.b().shape()).containsExactly(8, 28, 28, 3);
    Batch originals = t.originalsB().batch(3, 8);
    assertThat(batch.b()).isEqualTo(new ColourMap().apply(originals));
    assertThat(batch.b().labels()).containsExactly(originals.labels());
    // Domain A and the split do not depend on T.
    UnpairedTranslation mirror = new UnpairedTranslation(train, new Seeds(21));
    assertThat(batch.a()).isEqualTo(mirror.batch(3, 8).a());
    assertThat(t.originalsB().batch(3, 8)).isEqualTo(mirror.originalsB().batch(3, 8));
    // The picture of a pixel: background (-1) becomes the map's dark purple.
    assertThat(new ColourMap().apply(new float[] {-1f}, new int[] {1, 1, 1, 1}))
        .containsExactly(batch.b().values()[0], batch.b().values()[1], batch.b().values()[2]);
  }
}
