package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;

class UnpairedTranslationTest {
  @Test
  void transformInvertsAndFlipsHorizontally() {
    // One 2x3 image with 2 channels; value = y*100 + x*10 + c, scaled into [-1, 1] by /1000.
    float[] img = new float[12];
    for (int y = 0; y < 2; y++) {
      for (int x = 0; x < 3; x++) {
        for (int c = 0; c < 2; c++) {
          img[(y * 3 + x) * 2 + c] = (y * 100 + x * 10 + c) / 1000f;
        }
      }
    }
    float[] t = UnpairedTranslation.transform(img, new int[] {1, 2, 3, 2});

    for (int y = 0; y < 2; y++) {
      for (int x = 0; x < 3; x++) {
        for (int c = 0; c < 2; c++) {
          assertThat(t[(y * 3 + x) * 2 + c]).isEqualTo(-(y * 100 + (2 - x) * 10 + c) / 1000f);
        }
      }
    }
  }

  @Test
  void inversionOnScaledPixelsIsNegationOfTheInvertedByte() {
    for (int b = 0; b < 256; b++) {
      assertThat(-PixelScaling.scale(b)).isCloseTo(PixelScaling.scale(255 - b), within());
    }
  }

  private static org.assertj.core.data.Offset<Float> within() {
    return org.assertj.core.data.Offset.offset(1e-6f);
  }

  @Test
  void transformIsAnInvolution() {
    Batch real = EmbeddedData.fashionMnist().train().batchOf(new int[] {0, 1, 2, 59999});
    Batch once = UnpairedTranslation.transform(real);
    assertThat(once).isNotEqualTo(real);
    assertThat(UnpairedTranslation.transform(once)).isEqualTo(real);
    assertThat(once.labels()).containsExactly(real.labels());
  }

  @Test
  void domainsComeFromDisjointHalves() {
    ImageDataset train = EmbeddedData.fashionMnist().train();
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
    ImageDataset train = EmbeddedData.fashionMnist().train();
    UnpairedTranslation t = new UnpairedTranslation(train, new Seeds(21));
    UnpairedBatch batch = t.batch(7, 32);

    assertThat(batch.a().shape()).containsExactly(32, 28, 28, 1);
    assertThat(batch.b().shape()).containsExactly(32, 28, 28, 1);
    assertThat(batch.a()).isEqualTo(t.sourceA().batch(7, 32));
    assertThat(batch.b()).isEqualTo(UnpairedTranslation.transform(t.originalsB().batch(7, 32)));
    assertThat(UnpairedTranslation.transform(batch.b())).isEqualTo(t.originalsB().batch(7, 32));

    UnpairedTranslation again = new UnpairedTranslation(train, new Seeds(21));
    assertThat(again.batch(7, 32)).isEqualTo(batch);
    assertThat(new UnpairedTranslation(train, new Seeds(22)).batch(7, 32)).isNotEqualTo(batch);
    // The two domains are shuffled independently of each other.
    assertThat(t.sourceA().order().permutation(0))
        .isNotEqualTo(t.originalsB().order().permutation(0));
    assertThat(t.fileChecksums()).hasSize(2);
  }
}
