package org.ganlab.core.data.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ganlab.core.data.Batch;
import org.ganlab.core.seed.Seeds;
import org.junit.jupiter.api.Test;

/** One-hot batches in seeded epoch order. */
class WordDataSourceTest {
  private final Alphabet abc = new Alphabet("abc");
  private final WordList words = WordList.of("t", List.of("a", "bc", "cab", "ba"), abc, 3);

  private String decodeRow(Batch b, int example) {
    int len = 3;
    int[] ids = new int[len];
    for (int i = 0; i < len; i++) {
      int hot = -1;
      for (int s = 0; s < 4; s++) {
        float v = b.values()[(example * len + i) * 4 + s];
        assertThat(v).isIn(0f, 1f);
        if (v == 1f) {
          assertThat(hot).as("one symbol per position").isEqualTo(-1);
          hot = s;
        }
      }
      ids[i] = hot;
    }
    return abc.decode(ids);
  }

  @Test
  void batchesAreOneHotWordsAndAnEpochVisitsEveryWordOnce() {
    WordDataSource src = new WordDataSource(words, new Seeds(3));
    assertThat(src.shape()).containsExactly(3, 4);
    assertThat(src.size()).isEqualTo(4);
    assertThat(src.numClasses()).isZero();
    Batch b = src.batch(0, 4);
    assertThat(b.shape()).containsExactly(4, 3, 4);
    assertThat(b.labels()).isNull();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 4; i++) {
      seen.add(decodeRow(b, i));
    }
    assertThat(seen).containsExactlyInAnyOrder("a", "bc", "cab", "ba");
    assertThat(src.batch(0, 4)).isEqualTo(b);
    assertThat(new WordDataSource(words, new Seeds(3)).batch(5, 2)).isEqualTo(src.batch(5, 2));
  }

  @Test
  void theEndSymbolFillsThePositionsAfterAWord() {
    WordList one = WordList.of("one", List.of("c"), abc, 3);
    float[] v = new WordDataSource(one, new Seeds(0)).batch(0, 1).values();
    assertThat(v).containsExactly(0, 0, 0, 1, /* end */ 1, 0, 0, 0, /* end */ 1, 0, 0, 0);
  }
}
