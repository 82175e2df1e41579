package org.ganlab.core.data.text;

import java.util.Objects;

/**
 * A word list split into the words a model trains on and held-out words it never sees, as the
 * evaluation of text GANs needs (Press et al. 2017, "Language Generation with Recurrent Generative
 * Adversarial Networks without Pre-training": n-grams of generated text are looked up in held-out
 * text). Made by {@link WordList#split}.
 *
 * @param all the whole list ("is it a real word")
 * @param train the training words (the data source's examples; "is it novel")
 * @param heldOut the held-out words (the n-gram and length references)
 */
public record WordSplit(WordList all, WordList train, WordList heldOut) {
  /**
   * Checks that all three are present.
   *
   * @param all the whole list ("is it a real word")
   * @param train the training words (the data source's examples; "is it novel")
   * @param heldOut the held-out words (the n-gram and length references)
   */
  public WordSplit {
    Objects.requireNonNull(all, "all");
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(heldOut, "heldOut");
  }
}
