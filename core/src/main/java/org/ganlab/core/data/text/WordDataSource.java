package org.ganlab.core.data.text;

import java.util.Map;
import java.util.Objects;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.EpochOrder;
import org.ganlab.core.seed.Seeds;

/**
 * Batches of one-hot encoded words in seeded epoch order (see {@link EpochOrder}): example shape
 * {@code [maxLength, alphabet size]}, row {@code i} the one-hot vector of the word's {@code i}-th
 * letter, rows after the word the end symbol's ({@link Alphabet#END}). This is the real data of the
 * character-level WGAN-GP (Gulrajani et al. 2017, section 5.5), whose critic compares these one-hot
 * rows with the generator's softmax rows. Values are 0 and 1, not the [-1, 1] of images.
 */
public final class WordDataSource implements DataSource {
  private final WordList words;
  private final EpochOrder order;

  /**
   * Batches of {@code words} ordered by seeds derived under {@code "data-order"}.
   *
   * @param words the words
   * @param seeds the run's seeds, which fix the epoch order
   */
  public WordDataSource(WordList words, Seeds seeds) {
    this.words = Objects.requireNonNull(words, "words");
    this.order = new EpochOrder(words.size(), seeds);
  }

  /** {@return the words this source draws from} */
  public WordList words() {
    return words;
  }

  @Override
  public int size() {
    return words.size();
  }

  @Override
  public int[] shape() {
    return new int[] {words.maxLength(), words.alphabet().size()};
  }

  @Override
  public int numClasses() {
    return 0;
  }

  @Override
  public Batch batch(long step, int batchSize) {
    int[] idx = order.batch(step, batchSize);
    int length = words.maxLength();
    int perWord = length * words.alphabet().size();
    float[] values = new float[batchSize * perWord];
    for (int i = 0; i < batchSize; i++) {
      words.alphabet().oneHot(words.words().get(idx[i]), length, values, i * perWord);
    }
    return new Batch(new int[] {batchSize, length, words.alphabet().size()}, values, null);
  }

  @Override
  public Map<String, String> fileChecksums() {
    return words.fileChecksums();
  }
}
