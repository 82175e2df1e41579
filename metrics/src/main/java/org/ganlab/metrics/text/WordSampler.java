package org.ganlab.metrics.text;

import java.util.List;
import org.ganlab.core.data.text.Alphabet;
import org.ganlab.core.train.Sampler;

/**
 * A text baseline that draws whole words: a {@link Sampler} of their one-hot rows {@code [length,
 * symbols]}, so {@link TextEvaluator} scores it with the code that scores a generator.
 */
public abstract class WordSampler implements Sampler {
  private final Alphabet alphabet;
  private final int length;

  /**
   * @param alphabet the symbols of the rows
   * @param length the rows per word (the longest word)
   */
  protected WordSampler(Alphabet alphabet, int length) {
    this.alphabet = alphabet;
    this.length = length;
  }

  /**
   * {@return {@code n} words drawn with the randomness of {@code seedPair}}
   *
   * @param seedPair the [2] seed of the draw
   * @param n the number of words
   */
  public abstract List<String> words(long[] seedPair, int n);

  /** {@return the rows per word} */
  protected int length() {
    return length;
  }

  /** {@return the alphabet of the words} */
  protected Alphabet alphabet() {
    return alphabet;
  }

  @Override
  public int[] exampleShape() {
    return new int[] {length, alphabet.size()};
  }

  @Override
  public float[] sample(long[] seedPair, int n, int[] labels) {
    if (labels != null) {
      throw new IllegalArgumentException(getClass().getSimpleName() + " takes no labels");
    }
    return SoftmaxWords.oneHot(words(seedPair, n), length, alphabet);
  }
}
